def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] articles/a.md:4:13: unknown country code 'xx'")
assert log.contains("[ERROR] articles/b.md:2:1: missing required field 'date'")
assert log.contains("[WARNING] articles/a.md:5:1: unknown field 'colour' is ignored")
assert log.contains('Parley found 2 errors; see the lines above')
assert !log.contains('\tat ')
assert !new File(basedir, 'target/site').exists()
return true
