/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-embedding"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "pathway-embedding.h"

/* Feature hashing ("the hashing trick"): every feature of the text is hashed to one dimension and a
 * sign, so no vocabulary is stored and any word, in any script, has a place. Collisions cost a
 * little precision, and the random signs make them cancel out on average. */

#define FNV_OFFSET_BASIS G_GUINT64_CONSTANT (0xcbf29ce484222325)
#define FNV_PRIME        G_GUINT64_CONSTANT (0x00000100000001b3)

/* Whole words carry most; word pairs add phrases ("machine learning", "data analyst"); character
 * trigrams let related forms meet ("postgres", "postgresql"), but would drown the words if they
 * weighed as much, since a word has several of them. */
#define WEIGHT_UNIGRAM 1.0
#define WEIGHT_BIGRAM  0.7
#define WEIGHT_TRIGRAM 0.2

typedef enum {
  FEATURE_UNIGRAM = 'w',
  FEATURE_BIGRAM  = 'b',
  FEATURE_TRIGRAM = 't',
} FeatureKind;

/* English words that say nothing about a person's skills; sorted, for bsearch(). */
static const char * const stop_words[] = {
  "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being",
  "but", "by", "can", "could", "did", "do", "does", "each", "for", "from", "had", "has", "have",
  "he", "her", "his", "i", "if", "in", "into", "is", "it", "its", "me", "more", "most", "my", "no",
  "not", "of", "on", "or", "other", "our", "she", "so", "some", "such", "than", "that", "the",
  "their", "them", "then", "there", "these", "they", "this", "those", "to", "too", "up", "us",
  "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with",
  "would", "you", "your",
};

static guint64
fnv1a_update (guint64     hash,
              const char *data,
              gsize       length)
{
  for (gsize i = 0; i < length; i++)
    {
      hash ^= (guint8) data[i];
      hash *= FNV_PRIME;
    }

  return hash;
}

guint64
pathway_embedding_hash (const char *data,
                        gsize       length)
{
  g_return_val_if_fail (data != NULL || length == 0, 0);

  return fnv1a_update (FNV_OFFSET_BASIS, data, length);
}

/* FNV-1a's low bits mix poorly; a finaliser (from SplitMix64) spreads every input bit over the
 * bits that choose the dimension and the sign. */
static guint64
mix (guint64 hash)
{
  hash ^= hash >> 30;
  hash *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  hash ^= hash >> 27;
  hash *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  hash ^= hash >> 31;
  return hash;
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
is_stop_word (const char *token)
{
  return bsearch (&token, stop_words, G_N_ELEMENTS (stop_words), sizeof stop_words[0],
                  compare_strings) != NULL;
}

static gboolean
is_word_char (gunichar c)
{
  /* Marks too: Devanagari vowel signs and other combining marks are parts of words. */
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* The words of a text, each followed by a NUL in one buffer. */
typedef struct {
  GString *text;
  GArray  *starts; /* guint offsets into text */
} Tokens;

static void
flush_token (Tokens *tokens,
             gsize   start)
{
  guint offset;

  if (tokens->text->len == start)
    return;

  if (is_stop_word (tokens->text->str + start))
    {
      g_string_truncate (tokens->text, start);
      return;
    }

  offset = start;
  g_array_append_val (tokens->starts, offset);
  g_string_append_c (tokens->text, '\0');
}

/* Splits folded text into words at anything that is not a letter, digit or mark, keeping the
 * names programmers write with punctuation in one piece: "c++", "c#" and "f#" (a trailing + or #),
 * "node.js", "asp.net", ".net" and "3.5" (a dot followed by a word character), "don't" (an
 * apostrophe inside a word is dropped). */
static void
tokenize (const char *folded,
          Tokens     *tokens)
{
  gsize start = 0;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p)); /* 0 at the end */
      gboolean in_word = tokens->text->len > start;

      if (c < 0x80 ? g_ascii_isalnum (c) : is_word_char (c))
        {
          if (c < 0x80)
            g_string_append_c (tokens->text, (char) c);
          else
            g_string_append_unichar (tokens->text, c);
        }
      else if ((c == '+' || c == '#') && in_word && !is_word_char (next))
        g_string_append_c (tokens->text, (char) c);
      else if (c == '.' && is_word_char (next))
        {
          /* "3.5" and "node.js" inside a word, ".net" at the start of one */
          if (in_word || p == folded || !is_word_char (g_utf8_get_char (g_utf8_prev_char (p))))
            g_string_append_c (tokens->text, '.');
        }
      else if ((c == '\'' || c == 0x2019) && in_word && is_word_char (next))
        continue;
      else
        {
          flush_token (tokens, start);
          start = tokens->text->len;
        }
    }
  flush_token (tokens, start);
}

/* Feature counts in an open-addressing table: a feature met n times weighs 1 + ln n, so repeating
 * a skill ten times does not make it the whole profile. */
typedef struct {
  guint64 hash;  /* 0 for an empty slot */
  double  weight;
  guint   count;
} Slot;

typedef struct {
  Slot  *slots;
  guint  mask;
} Counts;

static void
count_feature (Counts      *counts,
               FeatureKind  kind,
               const char  *a,
               gsize        a_length,
               const char  *b,
               double       weight)
{
  char tag = (char) kind;
  guint64 hash;
  guint i;

  /* The kind goes into the hash, so the word "go" and the trigram "<go" never count as one. */
  hash = fnv1a_update (FNV_OFFSET_BASIS, &tag, 1);
  hash = fnv1a_update (hash, a, a_length);
  if (b != NULL)
    {
      hash = fnv1a_update (hash, " ", 1);
      hash = fnv1a_update (hash, b, strlen (b));
    }
  hash = mix (hash) | 1; /* never 0, which marks an empty slot */

  for (i = hash & counts->mask; counts->slots[i].hash != 0; i = (i + 1) & counts->mask)
    if (counts->slots[i].hash == hash)
      {
        counts->slots[i].count++;
        return;
      }

  counts->slots[i].hash = hash;
  counts->slots[i].weight = weight;
  counts->slots[i].count = 1;
}

/* Trigrams of characters (not bytes) of the word with boundary marks: "sql" gives "<sq", "sql", "ql>". */
static void
count_trigrams (Counts     *counts,
                GString    *padded,
                const char *token)
{
  const char *starts[3];
  const char *p;
  guint n = 0;

  g_string_assign (padded, "<");
  g_string_append (padded, token);
  g_string_append_c (padded, '>');

  for (p = padded->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (n == 3)
        {
          count_feature (counts, FEATURE_TRIGRAM, starts[0], p - starts[0], NULL, WEIGHT_TRIGRAM);
          starts[0] = starts[1];
          starts[1] = starts[2];
          n = 2;
        }
      starts[n++] = p;
    }

  if (n == 3)
    count_feature (counts, FEATURE_TRIGRAM, starts[0], p - starts[0], NULL, WEIGHT_TRIGRAM);
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* NFKC, so "ﬁ" is "fi" and full-width letters are letters; then case folding, so "Straße" and
 * "STRASSE" are one word. For ASCII both come down to lowercasing. */
static char *
fold (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *normalized = NULL;

  if (is_ascii (text))
    return g_ascii_strdown (text, -1);

  valid = g_utf8_make_valid (text, -1);
  normalized = g_utf8_normalize (valid, -1, G_NORMALIZE_ALL_COMPOSE);
  return g_utf8_casefold (normalized != NULL ? normalized : valid, -1);
}

PathwayVector *
pathway_embedding_embed (const char *text,
                         guint       n_dims)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) padded = NULL;
  g_autofree double *sums = NULL;
  Tokens tokens;
  Counts counts;
  PathwayVector *vector;
  double norm = 0;
  guint n_slots, i;

  g_return_val_if_fail (n_dims > 0, NULL);

  vector = pathway_vector_new (n_dims);
  if (text == NULL || *text == '\0')
    return vector;

  folded = fold (text);
  tokens.text = g_string_sized_new (strlen (folded) + 1);
  tokens.starts = g_array_new (FALSE, FALSE, sizeof (guint));
  tokenize (folded, &tokens);

  /* a word gives one unigram, one bigram and about as many trigrams as it has letters */
  n_slots = 64;
  while (n_slots < 2 * (tokens.text->len + 2 * tokens.starts->len))
    n_slots *= 2;
  counts.slots = g_new0 (Slot, n_slots);
  counts.mask = n_slots - 1;
  padded = g_string_new (NULL);

  for (i = 0; i < tokens.starts->len; i++)
    {
      const char *token = tokens.text->str + g_array_index (tokens.starts, guint, i);

      count_feature (&counts, FEATURE_UNIGRAM, token, strlen (token), NULL, WEIGHT_UNIGRAM);
      if (i + 1 < tokens.starts->len)
        count_feature (&counts, FEATURE_BIGRAM, token, strlen (token),
                       tokens.text->str + g_array_index (tokens.starts, guint, i + 1), WEIGHT_BIGRAM);
      count_trigrams (&counts, padded, token);
    }

  /* each feature adds its weight, with its sign, to its dimension */
  sums = g_new0 (double, n_dims);
  for (i = 0; i < n_slots; i++)
    {
      const Slot *slot = &counts.slots[i];

      if (slot->hash == 0)
        continue;
      sums[(slot->hash >> 1) % n_dims] += ((slot->hash >> 63) != 0 ? -1.0 : 1.0) * slot->weight *
                                          (slot->count == 1 ? 1.0 : 1.0 + log (slot->count));
    }

  for (i = 0; i < n_dims; i++)
    norm += sums[i] * sums[i];

  /* Opposite signs can cancel exactly; the vector is then zero, as for text without words. */
  if (norm > 0)
    {
      norm = sqrt (norm);
      for (i = 0; i < n_dims; i++)
        vector->values[i] = (float) (sums[i] / norm);
    }

  g_free (counts.slots);
  g_array_unref (tokens.starts);
  g_string_free (tokens.text, TRUE);
  return vector;
}
