/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-plan-builder"

#include "config.h"

#include "pathway-plan-builder.h"

#include <glib/gi18n.h>

#include "pathway-core-error.h"
#include "pathway-skills.h"

/* Above an hour a day the plan keeps its months and is finished sooner. */
#define FULL_PACE_MINUTES 60

typedef struct {
  PathwayCatalogue *catalogue;
  GPtrArray        *goals;     /* of const PathwayCatalogueGoal, in priority order */
  guint            *cursors;   /* per goal: the index of its next month */
  guint             turn;      /* the goal whose turn it is */
  GHashTable       *known;     /* skill keys the student lists */
  GHashTable       *taught;    /* those, and the skill keys of placed months */
  GHashTable       *used;      /* keys of months placed or skipped */
  JsonArray        *months;
  JsonArray        *skipped;
} Builder;

static void
builder_free (Builder *builder)
{
  g_clear_pointer (&builder->goals, g_ptr_array_unref);
  g_clear_pointer (&builder->cursors, g_free);
  g_clear_pointer (&builder->taught, g_hash_table_unref);
  g_clear_pointer (&builder->known, g_hash_table_unref);
  g_clear_pointer (&builder->used, g_hash_table_unref);
  g_clear_pointer (&builder->months, json_array_unref);
  g_clear_pointer (&builder->skipped, json_array_unref);
  g_free (builder);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Builder, builder_free)

/* Out-of-range values are clamped to the limits. */
guint
pathway_plan_get_n_months (int daily_minutes,
                           int total_years)
{
  int pace = CLAMP (daily_minutes, PATHWAY_PLAN_MIN_DAILY_MINUTES, FULL_PACE_MINUTES);
  int max_months = 12 * CLAMP (total_years, PATHWAY_PLAN_MIN_YEARS, PATHWAY_PLAN_MAX_YEARS);

  /* Rounded half up, in integers so that no value lands on the wrong side of a half. */
  return CLAMP ((max_months * pace + FULL_PACE_MINUTES / 2) / FULL_PACE_MINUTES, 1, max_months);
}

guint
pathway_plan_get_months_per_year (int daily_minutes)
{
  return pathway_plan_get_n_months (daily_minutes, 1);
}

guint
pathway_plan_get_lessons_per_day (int daily_minutes)
{
  if (daily_minutes >= 180)
    return 3;
  if (daily_minutes >= 120)
    return 2;
  return 1;
}

/* The goals, each once, or an error for the first id that is not in the catalogue. */
static GPtrArray *
resolve_goals (PathwayCatalogue   *catalogue,
               const char * const *goal_ids,
               GError            **error)
{
  g_autoptr(GPtrArray) goals = g_ptr_array_new ();

  if (goal_ids == NULL || goal_ids[0] == NULL)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                           _("Choose at least one goal."));
      return NULL;
    }

  for (guint i = 0; goal_ids[i] != NULL; i++)
    {
      const PathwayCatalogueGoal *goal = pathway_catalogue_lookup_goal (catalogue, goal_ids[i]);

      if (goal == NULL)
        {
          g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOT_FOUND,
                       _("There is no goal “%s” in the catalogue."), goal_ids[i]);
          return NULL;
        }

      if (!g_ptr_array_find (goals, goal, NULL))
        g_ptr_array_add (goals, (gpointer) goal);
    }

  return g_steal_pointer (&goals);
}

static gboolean
check_pace (const PathwayPlanRequest *request,
            GError                  **error)
{
  if (request->daily_minutes < PATHWAY_PLAN_MIN_DAILY_MINUTES ||
      request->daily_minutes > PATHWAY_PLAN_MAX_DAILY_MINUTES)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                   _("Daily study time must be between %d and %d minutes, not %d."),
                   PATHWAY_PLAN_MIN_DAILY_MINUTES, PATHWAY_PLAN_MAX_DAILY_MINUTES,
                   request->daily_minutes);
      return FALSE;
    }

  if (request->total_years < PATHWAY_PLAN_MIN_YEARS || request->total_years > PATHWAY_PLAN_MAX_YEARS)
    {
      g_set_error (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_INVALID_REQUEST,
                   _("A plan lasts %d to %d years, not %d."),
                   PATHWAY_PLAN_MIN_YEARS, PATHWAY_PLAN_MAX_YEARS, request->total_years);
      return FALSE;
    }

  return TRUE;
}

/* Two spellings of one skill in a month count once. */
static void
count_skills (Builder                     *builder,
              const PathwayCatalogueMonth *month,
              guint                       *n_known,
              guint                       *n_total)
{
  GStrv keys = month->skill_keys;

  *n_known = *n_total = 0;
  for (guint i = 0; keys[i] != NULL; i++)
    {
      gboolean repeated = FALSE;

      for (guint j = 0; j < i && !repeated; j++)
        repeated = g_str_equal (keys[i], keys[j]);
      if (repeated)
        continue;

      (*n_total)++;
      if (g_hash_table_contains (builder->known, keys[i]))
        (*n_known)++;
    }
}

static gboolean
knows_every_skill (Builder                     *builder,
                   const PathwayCatalogueMonth *month)
{
  guint n_known, n_total;

  count_skills (builder, month, &n_known, &n_total);

  /* A month that names no skill gives nothing to judge by, so it stays. */
  return n_total > 0 && n_known == n_total;
}

static void
record_skipped (Builder                     *builder,
                const PathwayCatalogueMonth *month)
{
  g_autofree char *skills = g_strjoinv (", ", month->skills);
  /* Translators: why a month was left out of a plan; %s is a list such as “HTML, CSS” */
  g_autofree char *reason = g_strdup_printf (_("known skills: %s"), skills);
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "key", month->key);
  json_object_set_string_member (object, "title", month->title);
  json_object_set_string_member (object, "reason", reason);
  json_array_add_object_element (builder->skipped, object);

  g_hash_table_add (builder->used, month->key);
}

/* The goal's next month that is neither used nor known, skipping the known ones on the way. */
static const PathwayCatalogueMonth *
peek_goal (Builder *builder,
           guint    goal_index)
{
  const PathwayCatalogueGoal *goal = g_ptr_array_index (builder->goals, goal_index);
  guint *cursor = &builder->cursors[goal_index];

  for (; goal->months[*cursor] != NULL; (*cursor)++)
    {
      const PathwayCatalogueMonth *month = pathway_catalogue_lookup_month (builder->catalogue,
                                                                           goal->months[*cursor]);

      if (g_hash_table_contains (builder->used, month->key))
        continue;

      if (knows_every_skill (builder, month))
        {
          record_skipped (builder, month);
          continue;
        }

      return month;
    }

  return NULL;
}

static gboolean
is_ready (Builder                     *builder,
          const PathwayCatalogueMonth *month)
{
  for (guint i = 0; month->prerequisite_keys[i] != NULL; i++)
    if (!g_hash_table_contains (builder->taught, month->prerequisite_keys[i]))
      return FALSE;

  return TRUE;
}

/* The next month of the plan, or NULL when every goal has run out. */
static const PathwayCatalogueMonth *
pick_next (Builder *builder)
{
  const PathwayCatalogueMonth *fallback = NULL;
  guint fallback_goal = 0;

  for (guint i = 0; i < builder->goals->len; i++)
    {
      guint goal_index = (builder->turn + i) % builder->goals->len;
      const PathwayCatalogueMonth *month = peek_goal (builder, goal_index);

      if (month == NULL)
        continue;

      if (is_ready (builder, month))
        {
          builder->turn = (goal_index + 1) % builder->goals->len;
          return month;
        }

      if (fallback == NULL)
        {
          fallback = month;
          fallback_goal = goal_index;
        }
    }

  if (fallback != NULL)
    builder->turn = (fallback_goal + 1) % builder->goals->len;
  return fallback;
}

static JsonArray *
strv_to_array (GStrv strv)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);

  return array;
}

/* Lessons the student does: fewer, from the end of the month, the more of it they know. */
static guint
count_days (Builder                     *builder,
            const PathwayCatalogueMonth *month)
{
  guint known, total, days;

  count_skills (builder, month, &known, &total);
  if (known == 0)
    return month->lessons;

  /* L × (1 − known / total × 0.6) = (5 × L × total − 3 × L × known) / (5 × total), rounded half up. */
  days = (2 * (5 * month->lessons * total - 3 * month->lessons * known) + 5 * total) / (10 * total);
  return MAX (days, MIN (PATHWAY_PLAN_MIN_LESSONS, month->lessons));
}

static void
place (Builder                     *builder,
       const PathwayCatalogueMonth *month)
{
  JsonObject *object = json_object_new ();
  guint index = json_array_get_length (builder->months) + 1;
  guint days = count_days (builder, month);

  json_object_set_int_member (object, "index", index);
  json_object_set_string_member (object, "key", month->key);
  json_object_set_string_member (object, "title", month->title);
  json_object_set_array_member (object, "goals", strv_to_array (month->goals));
  json_object_set_array_member (object, "topics", strv_to_array (month->topics));
  json_object_set_array_member (object, "skills", strv_to_array (month->skills));
  json_object_set_string_member (object, "status", index == 1 ? "active" : "locked");
  json_object_set_boolean_member (object, "days_generated", FALSE);
  json_object_set_array_member (object, "days", json_array_new ());
  json_object_set_int_member (object, "total_days", days);
  json_object_set_int_member (object, "first_lesson", month->lessons - days + 1);
  json_array_add_object_element (builder->months, object);

  g_hash_table_add (builder->used, month->key);
  for (guint i = 0; month->skill_keys[i] != NULL; i++)
    g_hash_table_add (builder->taught, month->skill_keys[i]);
}

static JsonNode *
builder_to_json (Builder                  *builder,
                 const PathwayPlanRequest *request)
{
  JsonObject *plan = json_object_new ();
  JsonArray *goal_ids = json_array_new ();

  for (guint i = 0; i < builder->goals->len; i++)
    json_array_add_string_element (goal_ids, ((const PathwayCatalogueGoal *) g_ptr_array_index (builder->goals, i))->id);

  json_object_set_array_member (plan, "months", g_steal_pointer (&builder->months));
  json_object_set_array_member (plan, "goal_ids", goal_ids);
  json_object_set_int_member (plan, "total_years", request->total_years);
  json_object_set_int_member (plan, "daily_minutes", request->daily_minutes);
  json_object_set_int_member (plan, "months_per_year", pathway_plan_get_months_per_year (request->daily_minutes));
  json_object_set_int_member (plan, "lessons_per_day", pathway_plan_get_lessons_per_day (request->daily_minutes));
  json_object_set_array_member (plan, "skipped", g_steal_pointer (&builder->skipped));

  {
    JsonNode *node = json_node_new (JSON_NODE_OBJECT);

    json_node_take_object (node, plan);
    return node;
  }
}

static void
add_current_skills (Builder            *builder,
                    const char * const *skills)
{
  for (guint i = 0; skills != NULL && skills[i] != NULL; i++)
    {
      g_autofree char *key = pathway_skill_normalize (skills[i]);

      if (*key == '\0' || g_hash_table_contains (builder->known, key))
        continue;
      g_hash_table_add (builder->taught, key);
      g_hash_table_add (builder->known, g_steal_pointer (&key));
    }
}

/* The rules are in the header. */
JsonNode *
pathway_plan_build (PathwayCatalogue         *catalogue,
                    const PathwayPlanRequest *request,
                    GError                  **error)
{
  g_autoptr(Builder) builder = NULL;
  g_autoptr(GPtrArray) goals = NULL;
  guint n_months;

  g_return_val_if_fail (catalogue != NULL, NULL);
  g_return_val_if_fail (request != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  goals = resolve_goals (catalogue, request->goal_ids, error);
  if (goals == NULL || !check_pace (request, error))
    return NULL;

  builder = g_new0 (Builder, 1);
  builder->catalogue = catalogue;
  builder->goals = g_steal_pointer (&goals);
  builder->cursors = g_new0 (guint, builder->goals->len);
  builder->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  builder->taught = g_hash_table_new (g_str_hash, g_str_equal);
  builder->used = g_hash_table_new (g_str_hash, g_str_equal);
  builder->months = json_array_new ();
  builder->skipped = json_array_new ();
  add_current_skills (builder, request->current_skills);

  n_months = pathway_plan_get_n_months (request->daily_minutes, request->total_years);
  while (json_array_get_length (builder->months) < n_months)
    {
      const PathwayCatalogueMonth *month = pick_next (builder);

      if (month == NULL)
        break;
      place (builder, month);
    }

  if (json_array_get_length (builder->months) == 0)
    {
      g_set_error_literal (error, PATHWAY_CORE_ERROR, PATHWAY_CORE_ERROR_NOTHING_TO_LEARN,
                           _("Every month of the chosen goals is already known: you list all of their skills."));
      return NULL;
    }

  return builder_to_json (builder, request);
}
