/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include "pathway-lessons.h"

/* The built-in catalogue as demo data reads it: students are given its goals and skills, plans
 * are built from it, and quizzes ask about its months. */

static void
demo_goal_free (gpointer data)
{
  DemoGoal *goal = data;

  g_ptr_array_unref (goal->months);
  g_ptr_array_unref (goal->skills);
  g_free (goal->skills_after);
  g_free (goal);
}

void
_pathway_demo_catalogue_free (DemoCatalogue *catalogue)
{
  g_clear_pointer (&catalogue->goals, g_ptr_array_unref);
  g_clear_pointer (&catalogue->topics, g_ptr_array_unref);
  g_clear_pointer (&catalogue->skills, g_ptr_array_unref);
  g_clear_pointer (&catalogue->catalogue, pathway_catalogue_unref);
  g_free (catalogue);
}

DemoCatalogue *
_pathway_demo_catalogue_load (void)
{
  DemoCatalogue *demo = g_new0 (DemoCatalogue, 1);
  g_autoptr(GHashTable) seen_months = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seen_skills = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_goals;

  /* compiled in and tested when it is built: never NULL */
  demo->catalogue = pathway_catalogue_ref (pathway_lessons_get_catalogue ());
  demo->goals = g_ptr_array_new_with_free_func (demo_goal_free);
  demo->topics = g_ptr_array_new ();
  demo->skills = g_ptr_array_new ();

  n_goals = pathway_catalogue_get_n_goals (demo->catalogue);
  for (guint i = 0; i < n_goals; i++)
    {
      DemoGoal *goal = g_new0 (DemoGoal, 1);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint n_months;

      goal->goal = pathway_catalogue_get_goal (demo->catalogue, i);
      n_months = g_strv_length (goal->goal->months);
      goal->months = g_ptr_array_new ();
      goal->skills = g_ptr_array_new ();
      goal->skills_after = g_new0 (guint, n_months + 1);
      g_ptr_array_add (demo->goals, goal);

      for (guint m = 0; m < n_months; m++)
        {
          const PathwayCatalogueMonth *month = pathway_catalogue_lookup_month (demo->catalogue, goal->goal->months[m]);

          g_ptr_array_add (goal->months, (gpointer) month);
          for (guint k = 0; month->skills[k] != NULL; k++)
            {
              if (g_hash_table_add (seen, month->skills[k]))
                g_ptr_array_add (goal->skills, month->skills[k]);
              if (g_hash_table_add (seen_skills, month->skills[k]))
                g_ptr_array_add (demo->skills, month->skills[k]);
            }
          goal->skills_after[m + 1] = goal->skills->len;

          if (g_hash_table_add (seen_months, month->key))
            for (guint k = 0; month->topics[k] != NULL; k++)
              g_ptr_array_add (demo->topics, month->topics[k]);
        }
    }

  return demo;
}

/* The number of the goal with this id. */
guint
_pathway_demo_catalogue_find (DemoCatalogue *catalogue,
                              const char    *goal_id)
{
  for (guint i = 0; i < catalogue->goals->len; i++)
    if (g_str_equal (demo_goal (catalogue, i)->goal->id, goal_id))
      return i;
  return 0; /* a goal renamed in the catalogue: its jobs fall back to the first goal's students */
}
