#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every file with user-visible strings is in po/POTFILES.in, and every translation in po/LINGUAS
# translates every one of them: nothing untranslated, nothing fuzzy.
set -eu
top=$1
cd "$top"
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|ngettext) \(|translatable="yes"' src ui data --include='*.c' --include='*.ui' \
  | sort > "$work/marked"
grep -vE '^(#|$)' po/POTFILES.in | sort > "$work/listed"
missing=$(comm -23 "$work/marked" "$work/listed")
if [ -n "$missing" ]; then
  echo "Files with translatable strings missing from po/POTFILES.in:"; echo "$missing"; status=1
fi
for f in $(cat "$work/listed"); do
  [ -f "$f" ] || { echo "po/POTFILES.in lists $f, which does not exist"; status=1; }
done

xgettext --output="$work/pathway.pot" --from-code=UTF-8 --add-comments --files-from=po/POTFILES.in \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --keyword=ngettext:1,2 --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_set_error:4:c-format --flag=g_strdup_printf:1:c-format --flag=g_printerr:1:c-format \
  --flag=g_print:1:c-format 2> "$work/xgettext.log" || { cat "$work/xgettext.log"; exit 1; }

for lang in $(cat po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching "po/$lang.po" "$work/pathway.pot" -o "$work/$lang.po"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1)
  case "$stats" in
    *untranslated*|*fuzzy*) echo "po/$lang.po is incomplete: $stats"; status=1 ;;
    *) echo "po/$lang.po: $stats" ;;
  esac
  # Strings that the code no longer has are dropped, not kept as obsolete entries.
  if grep -q '^#~' "$work/$lang.po"; then
    echo "po/$lang.po has translations for strings the code no longer has"; status=1
  fi
done
exit $status
