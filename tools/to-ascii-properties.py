#!/usr/bin/env python3
"""Writes a UTF-8 .properties file as ASCII with \\uXXXX escapes (the form the host's bundles load everywhere).

Usage: tools/to-ascii-properties.py SOURCE.utf8.properties TARGET.properties
"""
import sys

def escape(text):
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x80:
            out.append(ch)
        elif code <= 0xFFFF:
            out.append("\\u%04x" % code)
        else:
            code -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
    return "".join(out)

with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="ascii", newline="\n") as dst:
    for line in src:
        dst.write(escape(line))
