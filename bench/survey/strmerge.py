#!/usr/bin/env python3
"""Resolve diff3-style conflicts in FILE whose sides edit one long line: the
three versions are split into words, merged with `git merge-file`, rejoined.
Exits 1 if a word-level conflict remains."""
import subprocess, sys, tempfile, os, re
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
pat = re.compile(r'<<<<<<< [^\n]*\n(.*?)\|\|\|\|\|\|\| [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n', re.S)
bad = False
def words(s):
    toks = [t for t in re.split(r'( |\n)', s) if t != '']
    return ''.join(('\x01' if t == '\n' else t) + '\n' for t in toks)
def unwords(s):
    return ''.join('\n' if t == '\x01' else t for t in s.split('\n'))
def fix(m):
    global bad
    ours, base, theirs = m.group(1), m.group(2), m.group(3)
    with tempfile.TemporaryDirectory() as d:
        fs = []
        for n, s in (('o', ours), ('b', base), ('t', theirs)):
            p = os.path.join(d, n); open(p, 'w', encoding='utf-8').write(words(s)); fs.append(p)
        r = subprocess.run(['git', 'merge-file', '-p', fs[0], fs[1], fs[2]], capture_output=True, text=True)
        if r.returncode != 0:
            bad = True
            return m.group(0)
        return unwords(r.stdout)
out = pat.sub(fix, text)
open(path, 'w', encoding='utf-8').write(out)
sys.exit(1 if bad or '<<<<<<<' in out else 0)
