/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-markdown"

#include "config.h"

#include "pathway-markdown-inline.h"

#include <md4c.h>
#include <string.h>

/* md4c has no entity table of its own: these are the ones lesson writers actually type. Unknown
 * names stay as they were written, which is what a reader would recognise. */
static const struct {
  const char *name;
  const char *text;
} named_entities[] = {
  { "amp", "&" },        { "lt", "<" },         { "gt", ">" },         { "quot", "\"" },
  { "apos", "'" },       { "nbsp", "\u00a0" },  { "copy", "©" },       { "reg", "®" },
  { "trade", "™" },      { "hellip", "…" },     { "mdash", "—" },      { "ndash", "–" },
  { "lsquo", "‘" },      { "rsquo", "’" },      { "ldquo", "“" },      { "rdquo", "”" },
  { "times", "×" },      { "divide", "÷" },     { "middot", "·" },     { "bull", "•" },
  { "larr", "←" },       { "rarr", "→" },       { "uarr", "↑" },       { "darr", "↓" },
  { "le", "≤" },         { "ge", "≥" },         { "ne", "≠" },         { "deg", "°" },
  { "euro", "€" },       { "pound", "£" },      { "yen", "¥" },        { "cent", "¢" },
};

/* "&#65;" or "&#x41;": U+FFFD for zero, surrogates and anything past U+10FFFF, as CommonMark says. */
static gunichar
numeric_entity (const char *entity,
                gsize       size)
{
  gboolean hex = size > 3 && (entity[2] == 'x' || entity[2] == 'X');
  guint base = hex ? 16 : 10;
  guint32 value = 0;

  for (gsize i = hex ? 3 : 2; i + 1 < size; i++)
    {
      int digit = hex ? g_ascii_xdigit_value (entity[i]) : g_ascii_digit_value (entity[i]);

      if (digit < 0 || value > 0x10FFFF)
        return 0xFFFD;
      value = value * base + (guint32) digit;
    }

  if (value == 0 || !g_unichar_validate (value))
    return 0xFFFD;
  return value;
}

void
_pathway_markdown_append_entity (GString    *out,
                                 const char *entity,
                                 gsize       size)
{
  g_return_if_fail (out != NULL);
  g_return_if_fail (entity != NULL);

  if (size >= 4 && entity[0] == '&' && entity[1] == '#' && entity[size - 1] == ';')
    {
      g_string_append_unichar (out, numeric_entity (entity, size));
      return;
    }

  if (size >= 3 && entity[0] == '&' && entity[size - 1] == ';')
    for (gsize i = 0; i < G_N_ELEMENTS (named_entities); i++)
      if (strlen (named_entities[i].name) == size - 2 &&
          strncmp (named_entities[i].name, entity + 1, size - 2) == 0)
        {
          g_string_append (out, named_entities[i].text);
          return;
        }

  g_string_append_len (out, entity, size);
}

/* Lessons may come from imported files: never let a bad byte reach md4c or GTK. */
char *
_pathway_markdown_make_valid (const char *markdown)
{
  return g_utf8_make_valid (markdown != NULL ? markdown : "", -1);
}

gboolean
pathway_markdown_is_openable_uri (const char *uri)
{
  g_autoptr(GUri) parsed = NULL;
  const char *scheme;
  const char *host;

  if (uri == NULL)
    return FALSE;

  /* GUri lets spaces through in places; no address a lesson links to has any. */
  for (const char *c = uri; *c != '\0'; c++)
    if (g_ascii_isspace (*c) || g_ascii_iscntrl (*c))
      return FALSE;

  /* Relative references have no scheme and are refused here. */
  parsed = g_uri_parse (uri, G_URI_FLAGS_NONE, NULL);
  if (parsed == NULL)
    return FALSE;

  scheme = g_uri_get_scheme (parsed);
  host = g_uri_get_host (parsed);
  return (g_ascii_strcasecmp (scheme, "http") == 0 || g_ascii_strcasecmp (scheme, "https") == 0) &&
         host != NULL && host[0] != '\0';
}

typedef struct {
  GString *markup;
} InlineRenderer;

static void
append_escaped (GString    *markup,
                const char *text,
                gsize       size)
{
  g_autofree char *escaped = g_markup_escape_text (text, (gssize) size);

  g_string_append (markup, escaped);
}

static void
start_line (GString *markup)
{
  if (markup->len > 0 && markup->str[markup->len - 1] != '\n')
    g_string_append_c (markup, '\n');
}

static int
inline_enter_block (MD_BLOCKTYPE  type,
                    void         *detail,
                    void         *user_data)
{
  InlineRenderer *r = user_data;

  switch (type)
    {
    case MD_BLOCK_P:
    case MD_BLOCK_H:
    case MD_BLOCK_HR:
    case MD_BLOCK_TR:
    case MD_BLOCK_HTML:
      start_line (r->markup);
      break;
    case MD_BLOCK_LI:
      start_line (r->markup);
      g_string_append (r->markup, "• ");
      break;
    case MD_BLOCK_CODE:
      start_line (r->markup);
      g_string_append (r->markup, "<tt>");
      break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
      if (r->markup->len > 0 && r->markup->str[r->markup->len - 1] != '\n')
        g_string_append (r->markup, " | ");
      break;
    case MD_BLOCK_DOC:
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
    case MD_BLOCK_TABLE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
    default:
      break;
    }

  return 0;
}

static int
inline_leave_block (MD_BLOCKTYPE  type,
                    void         *detail,
                    void         *user_data)
{
  InlineRenderer *r = user_data;

  /* The code text ends with its last line's newline; the label should not. */
  if (type == MD_BLOCK_CODE)
    {
      if (r->markup->len > 0 && r->markup->str[r->markup->len - 1] == '\n')
        g_string_truncate (r->markup, r->markup->len - 1);
      g_string_append (r->markup, "</tt>");
    }

  return 0;
}

static const char *
span_element (MD_SPANTYPE type,
              gboolean    enter)
{
  switch (type)
    {
    case MD_SPAN_EM:
      return enter ? "<i>" : "</i>";
    case MD_SPAN_STRONG:
      return enter ? "<b>" : "</b>";
    case MD_SPAN_CODE:
      return enter ? "<tt>" : "</tt>";
    case MD_SPAN_A:
    case MD_SPAN_IMG:
    case MD_SPAN_DEL:
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY:
    case MD_SPAN_WIKILINK:
    case MD_SPAN_U:
    default:
      return "";
    }
}

static int
inline_enter_span (MD_SPANTYPE  type,
                   void        *detail,
                   void        *user_data)
{
  InlineRenderer *r = user_data;

  g_string_append (r->markup, span_element (type, TRUE));
  return 0;
}

static int
inline_leave_span (MD_SPANTYPE  type,
                   void        *detail,
                   void        *user_data)
{
  InlineRenderer *r = user_data;

  g_string_append (r->markup, span_element (type, FALSE));
  return 0;
}

static int
inline_text (MD_TEXTTYPE    type,
             const MD_CHAR *text,
             MD_SIZE        size,
             void          *user_data)
{
  InlineRenderer *r = user_data;

  switch (type)
    {
    case MD_TEXT_NULLCHAR:
      g_string_append (r->markup, "\uFFFD");
      break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
      g_string_append_c (r->markup, '\n');
      break;
    case MD_TEXT_ENTITY:
      {
        g_autoptr(GString) decoded = g_string_new (NULL);

        _pathway_markdown_append_entity (decoded, text, size);
        append_escaped (r->markup, decoded->str, decoded->len);
      }
      break;
    case MD_TEXT_NORMAL:
    case MD_TEXT_CODE:
    case MD_TEXT_HTML:
    case MD_TEXT_LATEXMATH:
    default:
      append_escaped (r->markup, text, size);
      break;
    }

  return 0;
}

char *
pathway_markdown_inline_to_markup (const char *markdown)
{
  g_autofree char *valid = _pathway_markdown_make_valid (markdown);
  InlineRenderer r = { g_string_new (NULL) };
  MD_PARSER parser = {
    .flags = MD_DIALECT_COMMONMARK | MD_FLAG_NOHTML | MD_FLAG_TABLES,
    .enter_block = inline_enter_block,
    .leave_block = inline_leave_block,
    .enter_span = inline_enter_span,
    .leave_span = inline_leave_span,
    .text = inline_text,
  };

  if (md_parse (valid, (MD_SIZE) strlen (valid), &parser, &r) != 0)
    {
      /* Only on memory trouble: the plain text is still worth showing. */
      g_string_truncate (r.markup, 0);
      append_escaped (r.markup, valid, strlen (valid));
    }

  return g_string_free (r.markup, FALSE);
}
