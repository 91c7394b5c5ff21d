def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')

// The first build made the site.
assert log.contains('[INFO] Built 1 article: ')
// The second names the mistake at its place, relative to the content folder, and fails in one line.
assert log.contains("[ERROR] articles/talks.md:5:26: unknown actor 'nobody'")
assert log.contains('Parley found 1 error; ') && log.contains('target/site was left as it was')
assert log.contains('BUILD FAILURE')
// No stack trace: Maven shows one only for an internal error (MojoExecutionException) or with -e.
assert !log.contains('\tat ')
assert !log.contains('Caused by')
// And left the site as the first build made it.
def story = new File(site, 'articles/talks/index.html').text
assert story.contains('Talks go ahead')
assert !new File(site, 'articles/more/index.html').exists()
return true
