def log = new File(basedir, 'build.log').text
assert log.count('[INFO] Built 1 article: ') == 2

def a = new File(basedir, 'newsroom-a/target/site/articles/story/index.html').text
def b = new File(basedir, 'newsroom-b/target/site/articles/story/index.html').text
assert a.contains('Story from A') && !a.contains('Story from B') && a.contains('lang="en"')
assert b.contains('Story from B') && !b.contains('Story from A') && b.contains('lang="fr"')
assert new File(basedir, 'newsroom-a/target/site/feed.xml').text.contains('https://a.example.org/articles/story/')
assert new File(basedir, 'newsroom-b/target/site/feed.xml').text.contains('https://b.example.org/articles/story/')
return true
