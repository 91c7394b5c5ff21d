def log = new File(basedir, 'build.log').text
def site = new File(basedir, 'target/site')

assert new File(site, 'index.html').isFile()
def story = new File(site, 'articles/offer/index.html').text
assert story.contains('<a href="../../actors/vladimir-putin/"')
assert new File(site, 'countries/ru/feed.xml').text.contains('https://invoker.example.org/articles/offer/')
// The cache lives beside the site, never in it.
assert new File(basedir, 'target/.site.parley-cache').isFile()

assert log.contains('[INFO] Built 1 article: ')
assert log.contains('cache: 0 of 1 articles')
// The second build, with drafts, publishes the draft and reuses the first build's body.
assert log.contains('[INFO] Built 2 articles: ')
assert log.contains('cache: 1 of 2 articles')
assert new File(site, 'articles/later/index.html').isFile()

assert log.contains('parley:build')
assert log.contains('parley:check')
assert log.contains('parley:serve')
assert !log.contains('[WARNING]')
return true
