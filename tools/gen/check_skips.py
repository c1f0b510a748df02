#!/usr/bin/env python3
"""Proves that the run-skipping actions of the Ragel machines change nothing.

A skipping action (lexical.rl: atom_skip, astring_skip, tag_skip, num_digit,
q_skip) moves p over the run of bytes of its class that follows the byte it
fires on. That is the same as running the machine over them exactly when,
after the transition that fires it, the machine is in a state T that would
stay in T on every byte of the class with no action but the skipping one
itself (and T has no to-state or from-state action), and the skipping action
is the last of its transition (nothing after it sees the moved p).

This reads the machines as Ragel's XML (`ragel -x`) and checks every
transition that carries a skipping action. Exit 1 with the states that break
the rule; the grammar must then use the plain (non-skipping) token there.

usage: check_skips.py [--ragel RAGEL] parser/client.rl parser/server.rl
"""
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

# The classes, from RFC 3501 section 9 (the same as ik_cl and ik_q_plain in
# parser/pstate.h; tests/test_lexical.c checks those tables against the RFC).
CTL = set(range(0x00, 0x20)) | {0x7F}
ATOM_SPECIALS = {ord(c) for c in '(){ %*"\\]'} | CTL
ATOM = {b for b in range(0x01, 0x80)} - ATOM_SPECIALS
ASTRING = ATOM | {ord(']')}
TAG = ASTRING - {ord('+')}
DIGIT = {b for b in range(ord('0'), ord('9') + 1)}
QUOTED = {b for b in range(0x01, 0x80)} - {ord('"'), ord('\\'), 0x0D, 0x0A}

SKIPS = {
    'atom_skip': ATOM,
    'astring_skip': ASTRING,
    'tag_skip': TAG,
    'num_digit': DIGIT,
    'q_skip': QUOTED,
}


def check(rl, ragel):
    d = os.path.dirname(rl) or '.'
    xml = subprocess.run([ragel, '-x', os.path.basename(rl)], cwd=d, check=True,
                         capture_output=True).stdout
    root = ET.fromstring(xml)
    m = root.find('.//machine')
    names = {a.get('id'): a.get('name') for a in m.iter('action')}
    tables = {t.get('id'): (t.text or '').split() for t in m.iter('action_table')}
    states = {}
    for st in m.iter('state'):
        trans = []
        tl = st.find('trans_list')
        for t in (tl.findall('t') if tl is not None else []):
            lo, hi, target, at = t.text.split()
            acts = [] if at == 'x' else [names[a] for a in tables[at]]
            trans.append((int(lo), int(hi), target, acts))
        # State actions (to-state and from-state actions run on every byte: a
        # skip would change their count): none in these machines, so any are
        # taken as a reason to refuse.
        busy = any(ch.tag != 'trans_list' for ch in st)
        states[st.get('id')] = (trans, busy)

    def on(state, byte):
        for lo, hi, target, acts in states[state][0]:
            if lo <= byte <= hi:
                return target, acts
        return None, None

    errors, checked = [], 0
    for sid, (trans, _) in states.items():
        for lo, hi, target, acts in trans:
            for skip in (a for a in acts if a in SKIPS):
                checked += 1
                where = f'{rl}: state {sid} bytes {lo}-{hi} -> {target} ({" ".join(acts)})'
                if acts[-1] != skip:
                    errors.append(f'{where}: {skip} is not the last action')
                if states[target][1]:
                    errors.append(f'{where}: state {target} has to/from-state actions')
                for b in sorted(SKIPS[skip]):
                    t2, a2 = on(target, b)
                    if t2 != target or any(a != skip for a in a2):
                        errors.append(f'{where}: state {target} on byte {b} goes to '
                                      f'{t2} with {a2}: {skip} would jump over it')
                        break
    return errors, checked


def main():
    args = sys.argv[1:]
    ragel = 'ragel'
    if len(args) >= 2 and args[0] == '--ragel':
        ragel, args = args[1], args[2:]
    bad, total = [], 0
    for rl in args:
        e, n = check(rl, ragel)
        bad += e
        total += n
    for e in bad:
        print(e)
    if bad:
        print(f'check_skips: {len(bad)} skipping transitions are not safe')
        return 1
    print(f'check_skips: {total} skipping transitions checked, all safe')
    return 0


if __name__ == '__main__':
    sys.exit(main())
