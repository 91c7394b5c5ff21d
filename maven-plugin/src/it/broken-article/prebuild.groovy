// The edited content: the same site, with one more article and a mistake in the first one.
def from = new File(basedir, 'site')
def to = new File(basedir, 'broken')
from.eachFileRecurse { file ->
    if (file.isFile()) {
        def copy = new File(to, from.toPath().relativize(file.toPath()).toString())
        copy.parentFile.mkdirs()
        copy.text = file.text
    }
}
new File(to, 'articles/talks.md').text = '''---
title: Talks go ahead
date: 2025-06-20
countries: [ru]
actors: [vladimir-putin, nobody]
---
Vladimir Putin said the talks would go ahead.
'''
new File(to, 'articles/more.md').text = '---\ntitle: More\ndate: 2025-06-21\n---\nMore.\n'
return true
