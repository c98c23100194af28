/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

#include <string.h>

#include "pathway-embedding.h"
#include "pathway-text-lists.h"

/* The recruiters' jobs, each with the posting that advertises it, and the applications that
 * reach recruiters by e-mail. pathway-demo-pipeline.c makes the candidates of some of the jobs. */

/* ───────────────────────────── jobs ───────────────────────────── */

/* A year's pay for the role at the level, in the city's currency (dollars when remote), a little
 * above or below the template's. */
double
_pathway_demo_salary (GRand                        *rand,
                      const PathwayDemoJobTemplate *template,
                      const PathwayDemoLevel       *level,
                      const PathwayDemoCity        *city)
{
  return template->salary * level->pay * (city != NULL ? city->pay_scale : 1.0) * (0.92 + 0.16 * g_rand_double (rand));
}

/* What amounts around this salary are rounded to. */
int
_pathway_demo_salary_unit (double salary)
{
  return salary < 50000 ? 1000 : 5000;
}

static guint
count_strings (const char * const *strings)
{
  guint n = 0;

  while (strings[n] != NULL)
    n++;
  return n;
}

static void
job_clear (DemoJob *job)
{
  g_clear_pointer (&job->title, g_free);
  g_clear_pointer (&job->skills, g_ptr_array_unref);
  g_clear_pointer (&job->match, pathway_match_job_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DemoJob, job_clear)

/* Who posts job n, what it is and when, and how it stands now. */
static void
choose_job (DemoContext *ctx,
            guint        n,
            DemoJob     *job)
{
  /* active, paused, closed, filled: older jobs are more often over */
  static const guint recent_weights[] = { 80, 8, 7, 5 };
  static const guint older_weights[] = { 55, 10, 20, 15 };
  DemoRecruiter *recruiter;
  guint n_template_skills, n_skills;
  g_autofree guint *extra = NULL;

  /* the first jobs go one to each recruiter, so everyone has some */
  job->recruiter = n < ctx->recruiters->len ? n : (guint) g_rand_int_range (ctx->rand, 0, ctx->recruiters->len);
  recruiter = &g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter);
  job->template = &pathway_demo_jobs[g_rand_int_range (ctx->rand, 0, pathway_demo_n_jobs)];
  job->level = &pathway_demo_levels[g_rand_int_range (ctx->rand, 0, pathway_demo_n_levels)];
  job->company = &pathway_demo_companies[recruiter->company];
  job->title = g_strconcat (job->level->prefix, job->template->title, job->level->suffix, NULL);
  job->goal = _pathway_demo_catalogue_find (ctx->catalogue, job->template->goal_id);
  job->created = -JOB_SPAN + JOB_SPAN * n / ctx->options->jobs + rand_range (ctx->rand, 0, 8 * HOUR);
  job->created = MIN (job->created, -HOUR);
  job->status = _pathway_demo_pick_weighted (ctx->rand, job->created < -180 * DAY ? older_weights : recent_weights, 4);
  if (recruiter->job_template < 0)
    {
      recruiter->job_template = job->template - pathway_demo_jobs;
      recruiter->job_level = job->level - pathway_demo_levels;
    }

  /* the template's first three skills, and some of the others */
  n_template_skills = count_strings (job->template->skills);
  n_skills = rand_range (ctx->rand, 4, 8);
  n_skills = MIN (n_skills, n_template_skills);
  extra = _pathway_demo_pick_distinct (ctx->rand, n_template_skills - 3, n_skills - 3);
  job->skills = g_ptr_array_new ();
  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (job->skills, (gpointer) job->template->skills[i]);
  for (guint i = 0; i < n_skills - 3; i++)
    g_ptr_array_add (job->skills, (gpointer) job->template->skills[3 + extra[i]]);
}

static char *
job_description (DemoContext *ctx,
                 DemoJob     *job,
                 const char  *where)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *year = g_strdup_printf ("%d", rand_range (ctx->rand, 2009, 2024));
  const char * const *duties = job->template->duties;
  guint n_duties = count_strings (duties);
  g_autofree guint *chosen = _pathway_demo_pick_distinct (ctx->rand, n_duties, MIN (3, n_duties));
  g_autofree char *opener = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_job_openers),
                                                "company", job->company->name,
                                                "business", job->company->business, "year", year, NULL);

  g_string_append (text, opener);
  g_string_append_printf (text, " We are looking for %s %s to join our %s team %s. You will %s, %s and %s.",
                          _pathway_demo_article (job->title), job->title, job->template->team, where,
                          duties[chosen[0]], duties[chosen[1]], duties[chosen[2]]);
  g_string_append_printf (text, " %s", pick (ctx->rand, &pathway_demo_job_closers));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static JsonNode *
job_requirements (DemoContext *ctx,
                  DemoJob     *job)
{
  JsonArray *requirements = json_array_new ();
  gboolean entry = job->level->years == 0;
  guint n = rand_range (ctx->rand, 3, 6);
  /* fewer skill sentences than skills, so that each names a different one first */
  guint n_skill = MIN (MIN (n - 1 - entry, job->skills->len / 2 + 1), job->skills->len - 1);
  guint n_general = n - entry - n_skill;
  g_autofree guint *templates = _pathway_demo_pick_distinct (ctx->rand, pathway_demo_skill_requirements.n_items,
                                                              n_skill);
  g_autofree guint *general = _pathway_demo_pick_distinct (ctx->rand, pathway_demo_general_requirements.n_items,
                                                            n_general);
  g_autofree char *years = g_strdup_printf ("%d", job->level->years);

  if (entry)
    {
      const char *template = pick (ctx->rand, &pathway_demo_entry_requirements);
      const char *field = pick (ctx->rand, &pathway_demo_fields_of_study);
      g_autofree char *sentence = _pathway_demo_fill (template, "field", field,
                                                      "skill", g_ptr_array_index (job->skills, 0), NULL);

      json_array_add_string_element (requirements, sentence);
    }

  /* the job's skills in order, the most important first (after the one the entry sentence names) */
  for (guint i = 0; i < n_skill; i++)
    {
      const char *skill = g_ptr_array_index (job->skills, i + entry);
      const char *skill2 = g_ptr_array_index (job->skills, (i + entry + n_skill) % job->skills->len);
      const char *template = pathway_demo_skill_requirements.items[templates[i]];
      g_autofree char *sentence = NULL;

      /* "N+ years" makes no sense for interns and graduates */
      if (entry && strstr (template, "{years}") != NULL)
        template = "Hands-on experience with {skill} from a course or your own project";
      sentence = _pathway_demo_fill (template, "skill", skill, "skill2", skill2, "years", years, NULL);
      json_array_add_string_element (requirements, sentence);
    }

  for (guint i = 0; i < n_general; i++)
    json_array_add_string_element (requirements, pathway_demo_general_requirements.items[general[i]]);

  return take_array (requirements);
}

/* Most jobs say what they pay: a range around the salary, as "$70,000 – $85,000". */
static void
set_salary (DemoContext           *ctx,
            DemoJob               *job,
            const PathwayDemoCity *city,
            PathwayJob            *row,
            PathwayJobPosting     *posting)
{
  const char *currency = city != NULL ? city->currency : "$";
  g_autoptr(GString) range = g_string_new (NULL);
  double middle;
  int unit;

  posting->salary_min = PATHWAY_UNSET;
  posting->salary_max = PATHWAY_UNSET;
  if (!chance (ctx->rand, 0.85))
    return;

  middle = _pathway_demo_salary (ctx->rand, job->template, job->level, city);
  unit = _pathway_demo_salary_unit (middle);
  posting->salary_min = unit * (int) round (middle * 0.88 / unit);
  posting->salary_max = MAX (posting->salary_min + unit, unit * (int) round (middle * 1.12 / unit));
  g_string_append (range, currency);
  _pathway_demo_append_amount (range, posting->salary_min);
  g_string_append_printf (range, " – %s", currency);
  _pathway_demo_append_amount (range, posting->salary_max);
  row->salary_range = g_string_free (g_steal_pointer (&range), FALSE);
}

/* The posting that advertises the job, saying what the job says. */
static void
describe_posting (DemoContext       *ctx,
                  DemoJob           *job,
                  PathwayJob        *row,
                  PathwayJobPosting *posting)
{
  posting->recruiter_id = row->recruiter_id;
  posting->title = g_strdup (row->title);
  posting->description = g_strdup (row->description);
  posting->requirements = json_node_copy (row->requirements);
  posting->skills = _pathway_demo_strings_node (job->skills);
  posting->location = g_strdup (row->location);
  posting->is_active = job->status == PATHWAY_JOB_ACTIVE;
  posting->created_at = g_date_time_ref (row->created_at);
  posting->updated_at = at (ctx, job->status == PATHWAY_JOB_ACTIVE ? job->created
                                 : _pathway_demo_step_after (ctx, job->created, 30 * DAY, 1));
  posting->source = g_strdup ("pathway");
  posting->company = g_strdup (job->company->name);
}

/* The job as Find Matches sees it: embedded from the text it makes of a job, with its skills,
 * place and pay, so that the demo's matches read as the app's own. */
static void
prepare_matching (DemoJob                 *job,
                  const PathwayJob        *row,
                  const PathwayJobPosting *posting)
{
  g_auto(GStrv) skills = _pathway_demo_strv (job->skills);
  g_auto(GStrv) requirements = pathway_text_list_from_json (row->requirements);
  g_autofree char *text = pathway_match_job_text (row->title, row->description, (const char * const *) requirements,
                                                  (const char * const *) skills);
  g_autoptr(PathwayVector) vector = pathway_embedding_embed (text, PATHWAY_EMBEDDING_DIMS);

  job->match = pathway_match_job_new ((const char * const *) skills, row->location,
                                      posting->salary_min == PATHWAY_UNSET ? PATHWAY_MATCH_UNKNOWN : posting->salary_min,
                                      posting->salary_max == PATHWAY_UNSET ? PATHWAY_MATCH_UNKNOWN : posting->salary_max,
                                      vector);
}

gboolean
_pathway_demo_generate_job (DemoContext  *ctx,
                            guint         n,
                            GError      **error)
{
  g_auto(DemoJob) job = { 0 };
  g_autoptr(PathwayJob) row = pathway_job_new ();
  g_autoptr(PathwayJobPosting) posting = pathway_job_posting_new ();
  g_autofree char *where = NULL;
  const PathwayDemoCity *city = NULL;

  choose_job (ctx, n, &job);
  if (!chance (ctx->rand, 0.25))
    city = &pathway_demo_cities[g_rand_int_range (ctx->rand, 0, pathway_demo_n_cities)];
  where = city != NULL ? g_strdup_printf ("in %s", city->name) : g_strdup ("working remotely");

  row->recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job.recruiter).id;
  row->title = g_strdup (job.title);
  row->description = job_description (ctx, &job, where);
  row->requirements = job_requirements (ctx, &job);
  row->location = g_strdup (city != NULL ? city->name : "Remote");
  row->status = job.status;
  row->created_at = at (ctx, job.created);
  set_salary (ctx, &job, city, row, posting);
  describe_posting (ctx, &job, row, posting);
  if (n % ctx->shortlist_every == 0 && ctx->student_ids->len > 0)
    prepare_matching (&job, row, posting);

  if (!_pathway_demo_insert (ctx, &pathway_jobs_table, g_steal_pointer (&row), &job.id, error))
    return FALSE;
  posting->job_id = job.id;
  if (!_pathway_demo_insert (ctx, &pathway_job_postings_table, g_steal_pointer (&posting), NULL, error))
    return FALSE;

  /* every so many jobs, matches and shortlists */
  return job.match == NULL || _pathway_demo_generate_shortlists (ctx, &job, error);
}

/* ───────────────────────────── e-mail applications ───────────────────────────── */

static JsonObject *
attachment_new (const char *filename,
                int         size,
                const char *text)
{
  JsonObject *attachment = json_object_new ();

  json_object_set_string_member (attachment, "filename", filename);
  json_object_set_int_member (attachment, "size", size);
  json_object_set_string_member (attachment, "mime_type", "application/pdf");
  json_object_set_string_member (attachment, "parsed_text", text);
  return attachment;
}

/* The letter: a greeting, the role, who they are and what they can do, a closing line. */
static char *
write_letter (DemoContext        *ctx,
              DemoRecruiter      *recruiter,
              const char         *title,
              const DemoProfile  *profile)
{
  const PathwayDemoCompany *company = &pathway_demo_companies[recruiter->company];
  g_autofree char *opener = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_application_openers),
                                                "first", recruiter->first_name, "company", company->name, NULL);
  /* "Undergraduate in …" becomes "an undergraduate in …" */
  g_autofree char *who = g_strdup_printf ("%s %c%s", _pathway_demo_article (profile->who),
                                          g_ascii_tolower (profile->who[0]), profile->who + 1);
  g_autofree char *skills = _pathway_demo_join_english (profile->skills, 3);
  g_autofree char *middle = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_application_middles), "who", who,
                                                "goal", demo_goal (ctx->catalogue, profile->goal)->goal->title,
                                                "skills", skills, NULL);

  return g_strdup_printf ("%s\n\nI am writing to apply for the %s position at %s. %s %s\n\nBest regards,\n%s",
                          opener, title, company->name, middle,
                          pick (ctx->rand, &pathway_demo_application_closers), profile->name);
}

/* The CV, and sometimes the letter again as a PDF. */
static JsonNode *
write_attachments (DemoContext       *ctx,
                   const DemoProfile *profile,
                   const char        *cv,
                   const char        *letter)
{
  JsonArray *attachments = json_array_new ();
  g_autofree char *filename = NULL;
  int size;

  if (chance (ctx->rand, 0.5))
    filename = g_strdup ("cv.pdf");
  else
    {
      g_autofree char *name = _pathway_demo_slug (profile->name);

      filename = g_strdup_printf ("%s-cv.pdf", name);
    }
  size = rand_range (ctx->rand, 60000, 900000);
  json_array_add_object_element (attachments, attachment_new (filename, size, cv));

  if (chance (ctx->rand, 0.3))
    {
      size = rand_range (ctx->rand, 30000, 200000);
      json_array_add_object_element (attachments, attachment_new ("cover-letter.pdf", size, letter));
    }
  return take_array (attachments);
}

/* The role's skills found in the CV. */
static JsonNode *
find_keywords (const PathwayDemoJobTemplate *template,
               const char                   *cv,
               guint                        *n_found)
{
  JsonArray *keywords = json_array_new ();
  g_autofree char *haystack = g_ascii_strdown (cv, -1);

  *n_found = 0;
  for (guint i = 0; template->skills[i] != NULL; i++)
    {
      g_autofree char *needle = g_ascii_strdown (template->skills[i], -1);

      if (strstr (haystack, needle) != NULL)
        {
          json_array_add_string_element (keywords, template->skills[i]);
          (*n_found)++;
        }
    }
  return take_array (keywords);
}

gboolean
_pathway_demo_generate_application (DemoContext    *ctx,
                                    DemoRecruiter  *recruiter,
                                    GError        **error)
{
  g_autoptr(PathwayEmailApplication) application = pathway_email_application_new ();
  g_auto(DemoProfile) profile = { 0 };
  const PathwayDemoCompany *company = &pathway_demo_companies[recruiter->company];
  const PathwayDemoJobTemplate *template;
  const PathwayDemoLevel *level;
  g_autofree char *title = NULL;
  g_autofree char *skills = NULL;
  g_autofree char *cv = NULL;
  gint64 hours_ago = rand_range (ctx->rand, 1, 120 * 24);
  gint64 received = -hours_ago * HOUR + rand_range (ctx->rand, 0, 59) * MINUTE;
  guint existing = _pathway_demo_students_before (ctx, received);
  guint n_keywords;
  int bonus;

  template = recruiter->job_template >= 0 ? &pathway_demo_jobs[recruiter->job_template]
                                          : &pathway_demo_jobs[g_rand_int_range (ctx->rand, 0, pathway_demo_n_jobs)];
  level = &pathway_demo_levels[recruiter->job_level >= 0 ? recruiter->job_level : 3];
  title = g_strconcat (level->prefix, template->title, level->suffix, NULL);

  /* most come from students already in Pathway, the rest from people who are not */
  if (existing > 0 && chance (ctx->rand, 0.6))
    {
      guint student = g_rand_int_range (ctx->rand, 0, existing);

      _pathway_demo_profile_build (ctx, STREAM_STUDENT, student, &profile);
      application->student_id = g_array_index (ctx->student_ids, gint64, student);
      application->processed = chance (ctx->rand, 0.85);
    }
  else
    {
      _pathway_demo_profile_build (ctx, STREAM_APPLICANT, g_rand_int (ctx->rand), &profile);
      application->processed = chance (ctx->rand, 0.4);
    }

  application->recruiter_id = recruiter->id;
  application->sender_email = g_strdup (profile.email);
  application->sender_name = g_strdup (profile.name);
  application->subject = _pathway_demo_fill (pick (ctx->rand, &pathway_demo_application_subjects), "title", title,
                                             "name", profile.name, "company", company->name,
                                             "city", profile.city->name, NULL);
  application->content = write_letter (ctx, recruiter, title, &profile);

  skills = _pathway_demo_join_strings (profile.skills, ", ");
  cv = g_strdup_printf ("%s\n%s\n\nProfile\n%s\n\nSkills\n%s", profile.name, profile.email, profile.summary, skills);
  application->attachments = write_attachments (ctx, &profile, cv, application->content);
  application->received_at = at (ctx, received);

  /* the role's skills found in the e-mail and CV, and a priority that follows from them */
  application->keywords_matched = find_keywords (template, cv, &n_keywords);
  bonus = rand_range (ctx->rand, 0, 15);
  application->priority_score = MIN (100, 15 + 15 * (int) n_keywords + bonus + (application->student_id != 0 ? 10 : 0));
  return _pathway_demo_insert (ctx, &pathway_email_applications_table, g_steal_pointer (&application), NULL,
                               error);
}
