def log = new File(basedir, 'build.log').text
def wire = new File(basedir, 'wire')

for (name in ['pom.xml', 'site.yaml', 'README.md', '.gitignore', 'actors/united-nations.md', 'actors/iaea.md',
              'countries/at.md', 'articles/2026/01/welcome.md']) {
    assert new File(wire, name).isFile() : name
}
def pom = new File(wire, 'pom.xml').text
assert pom.contains('<artifactId>wire</artifactId>')
assert pom.contains('<artifactId>parley-maven-plugin</artifactId>')
assert !pom.contains('@project.version@')
// README's Markdown headings survive (Velocity would have taken them for comments).
assert new File(wire, 'README.md').text.contains('## Build')

assert log.contains('[INFO] Built 1 article: ')
def story = new File(wire, 'target/site/articles/welcome/index.html').text
assert story.contains('href="../../actors/iaea/"')
assert story.contains('href="../../actors/united-nations/"')
// The starter content raises no warning either.
assert !(log =~ /\[WARNING\] \S+\.(md|yaml):\d+/)
return true
