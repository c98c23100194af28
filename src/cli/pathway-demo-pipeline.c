/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-demo-data"

#include "config.h"

#include "pathway-demo-private.h"

/* A job's candidates: the students matched to it, the best of them shortlisted, and every step
 * the recruiter took with each shortlisted one, as interactions. */

/* How many more students than it keeps a job's matching ranks. */
#define SAMPLE_EXTRA 6

/* ───────────────────────────── matches ───────────────────────────── */

/* The match between a job and student n, scored and explained as Find Matches does it
 * (pathway-matching.h), from what the student's records hold: their skills, the vector stored for
 * them, and the place and pay their preferences give. */
static double
match_candidate (DemoContext  *ctx,
                 DemoJob      *job,
                 guint         n,
                 DemoProfile  *profile,
                 JsonNode    **reasons)
{
  g_autoptr(PathwayCandidatePreferences) preferences = _pathway_demo_preferences_build (ctx, n, profile);
  g_auto(GStrv) skills = _pathway_demo_strv (profile->skills);
  g_auto(GStrv) skill_keys = pathway_match_skill_keys ((const char * const *) skills);
  g_autofree char *location_key = pathway_match_location_key (preferences->location);
  const PathwayMatchWeights *weights = pathway_match_weights_get_default ();
  PathwayMatchCandidate candidate = {
    .skill_keys = (const char * const *) skill_keys,
    .location_key = location_key,
    .remote_ok = preferences->remote_ok,
    .salary_expectation = preferences->salary_expectation == PATHWAY_UNSET ? PATHWAY_MATCH_UNKNOWN
                                                                           : preferences->salary_expectation,
    .vector = _pathway_demo_profile_vector (profile),
  };
  PathwayMatchScore score;

  pathway_match_score (job->match, &candidate, weights, &score);
  *reasons = pathway_match_explain (job->match, &candidate, weights);
  json_object_set_string_member (json_node_get_object (*reasons), "embedder", PATHWAY_MATCH_LOCAL_EMBEDDER);
  return score.total;
}

typedef struct {
  guint     student;   /* number */
  double    score;
  JsonNode *reasons;
} DemoCandidate;

static void
candidate_clear (gpointer data)
{
  DemoCandidate *candidate = data;

  g_clear_pointer (&candidate->reasons, json_node_unref);
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const DemoCandidate *ca = a;
  const DemoCandidate *cb = b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  return ca->student < cb->student ? -1 : ca->student > cb->student;
}

/* n of the first students in pool, ranked by their match with the job, best first. */
static GArray *
rank_candidates (DemoContext *ctx,
                 DemoJob     *job,
                 GArray      *pool,
                 guint        n_pool,
                 guint        n)
{
  GArray *candidates = g_array_sized_new (FALSE, FALSE, sizeof (DemoCandidate), n);
  g_autofree guint *chosen = _pathway_demo_pick_distinct (ctx->rand, n_pool, n);

  g_array_set_clear_func (candidates, candidate_clear);
  for (guint i = 0; i < n; i++)
    {
      g_auto(DemoProfile) profile = { 0 };
      DemoCandidate candidate;

      candidate.student = g_array_index (pool, guint, chosen[i]);
      _pathway_demo_profile_build (ctx, STREAM_STUDENT, candidate.student, &profile);
      candidate.score = match_candidate (ctx, job, candidate.student, &profile, &candidate.reasons);
      g_array_append_val (candidates, candidate);
    }
  g_array_sort (candidates, compare_candidates);
  return candidates;
}

/* ───────────────────────────── interactions ───────────────────────────── */

/* updated is when the interaction last changed, or 0 when that was its creation. */
static gboolean
add_interaction (DemoContext  *ctx,
                 DemoJob      *job,
                 gint64        candidate_id,
                 int           type,
                 int           status,
                 gint64        created,
                 gint64        updated,
                 JsonObject   *details,
                 const char   *notes,
                 GError      **error)
{
  g_autoptr(PathwayInteraction) interaction = pathway_interaction_new ();

  json_object_set_int_member (details, "job_id", job->id);
  interaction->recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter).id;
  interaction->candidate_id = candidate_id;
  interaction->interaction_type = type;
  interaction->details = take_object (details);
  interaction->notes = g_strdup (notes);
  interaction->status = status;
  interaction->created_at = at (ctx, created);
  interaction->updated_at = at (ctx, updated != 0 ? MAX (created, updated) : created);
  return _pathway_demo_insert (ctx, &pathway_interactions_table, g_steal_pointer (&interaction), NULL, error);
}

/* A step done at that time, with no more to say than its notes. */
static gboolean
add_step (DemoContext  *ctx,
          DemoJob      *job,
          gint64        candidate_id,
          int           type,
          gint64        time,
          const char   *notes,
          GError      **error)
{
  return add_interaction (ctx, job, candidate_id, type, PATHWAY_INTERACTION_STATUS_COMPLETED, time, 0,
                          json_object_new (), notes, error);
}

static gboolean
add_status_change (DemoContext  *ctx,
                   DemoJob      *job,
                   gint64        candidate_id,
                   gint64        time,
                   int           from,
                   int           to,
                   GError      **error)
{
  JsonObject *details = json_object_new ();

  json_object_set_string_member (details, "from", pathway_shortlist_status_nicks[from]);
  json_object_set_string_member (details, "to", pathway_shortlist_status_nicks[to]);
  return add_interaction (ctx, job, candidate_id, PATHWAY_INTERACTION_STATUS_CHANGED,
                          PATHWAY_INTERACTION_STATUS_COMPLETED, time, 0, details, NULL, error);
}

/* An e-mail to the candidate or an offer, its subject one of subjects. */
static gboolean
add_email (DemoContext            *ctx,
           DemoJob                *job,
           gint64                  candidate_id,
           int                     type,
           gint64                  time,
           const PathwayDemoList  *subjects,
           GError                **error)
{
  JsonObject *details = json_object_new ();
  g_autofree char *subject = _pathway_demo_fill (pick (ctx->rand, subjects), "title", job->title,
                                                 "company", job->company->name, NULL);

  json_object_set_string_member (details, "email_subject", subject);
  return add_interaction (ctx, job, candidate_id, type, PATHWAY_INTERACTION_STATUS_COMPLETED, time, 0,
                          details, NULL, error);
}

/* A full hour in the working day (13:00 to 17:00 UTC, morning in the Americas and afternoon in
 * Europe) of the day of time. */
static gint64
working_hour (DemoContext *ctx,
              gint64       time)
{
  gint64 rest = time % DAY;
  gint64 midnight = time - (rest < 0 ? rest + DAY : rest) + 15 * HOUR; /* the anchor is at 09:00 */

  return midnight + rand_range (ctx->rand, 13, 17) * HOUR;
}

/* The invitation and the interview, and what the interview ended in when it took place; now
 * moves on to the last of these steps. */
static gboolean
add_interview (DemoContext       *ctx,
               DemoJob           *job,
               PathwayShortlist  *shortlist,
               int                reached,
               guint              steps,
               gint64            *now,
               GError           **error)
{
  gint64 candidate = shortlist->student_id;
  JsonObject *details;
  g_autofree char *code = _pathway_demo_random_string (ctx->rand, "abcdefghijkmnopqrstuvwxyz", 10);
  g_autofree char *link = g_strdup_printf ("https://meet.example/%.3s-%.4s-%.3s", code, code + 3, code + 7);
  g_autofree char *time_text = NULL;
  gboolean interviewed = reached >= PATHWAY_SHORTLIST_INTERVIEWED;
  const char *notes = NULL;
  gint64 invited, interview, finished;
  int interview_status;

  invited = _pathway_demo_step_after (ctx, *now, 3 * DAY, steps);
  if (!add_email (ctx, job, candidate, PATHWAY_INTERACTION_EMAIL_SENT, invited, &pathway_demo_invitation_subjects,
                  error) ||
      !add_status_change (ctx, job, candidate, invited, PATHWAY_SHORTLIST_SHORTLISTED,
                          PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED, error))
    return FALSE;

  /* An interview that happened lies before the anchor, on the hour when there is room; one
   * still to come may lie after it. */
  if (interviewed)
    {
      gint64 planned = _pathway_demo_step_after (ctx, invited, 5 * DAY, steps);
      gint64 in_hours = working_hour (ctx, planned);

      interview = in_hours > invited && in_hours < -2 * HOUR ? in_hours : planned;
      finished = _pathway_demo_step_after (ctx, interview, HOUR, steps);
      interview_status = PATHWAY_INTERACTION_STATUS_COMPLETED;
    }
  else
    {
      gint64 days = rand_range (ctx->rand, 2, 10);

      interview = working_hour (ctx, invited + days * DAY);
      finished = invited;
      interview_status = shortlist->status == PATHWAY_SHORTLIST_REJECTED ? PATHWAY_INTERACTION_STATUS_CANCELLED
                                                                         : PATHWAY_INTERACTION_STATUS_ACTIVE;
    }

  time_text = format_at (ctx, interview, "%Y-%m-%dT%H:%M:%SZ");
  details = json_object_new ();
  json_object_set_string_member (details, "scheduled_time", time_text);
  json_object_set_string_member (details, "meeting_link", link);
  if (chance (ctx->rand, 0.2))
    notes = pick (ctx->rand, &pathway_demo_interaction_notes);
  if (!add_interaction (ctx, job, candidate, PATHWAY_INTERACTION_INTERVIEW_SCHEDULED, interview_status,
                        invited, finished, details, notes, error))
    return FALSE;

  *now = invited;
  if (!interviewed)
    return TRUE;

  *now = finished;
  notes = chance (ctx->rand, 0.3) ? pick (ctx->rand, &pathway_demo_interaction_notes) : NULL;
  return add_step (ctx, job, candidate, PATHWAY_INTERACTION_INTERVIEW_COMPLETED, finished, notes, error) &&
         add_status_change (ctx, job, candidate, finished, PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED,
                            PATHWAY_SHORTLIST_INTERVIEWED, error);
}

/* The steps a shortlist went through, as interactions, from the match that suggested the student:
 * an application (when it came by e-mail), a look at the profile, the shortlisting, a note, an
 * invitation and interview, and an offer or a rejection; each status change as well. */
static gboolean
add_pipeline (DemoContext       *ctx,
              DemoJob           *job,
              PathwayShortlist  *shortlist,
              gint64             matched,
              gint64             shortlisted,
              GError           **error)
{
  static const guint rejected_after[] = { 50, 20, 30 }; /* shortlisted, invited, interviewed */
  gint64 candidate = shortlist->student_id;
  int status = shortlist->status;
  int reached = status;
  gint64 now = shortlisted;
  guint steps;

  if (status == PATHWAY_SHORTLIST_REJECTED)
    reached = _pathway_demo_pick_weighted (ctx->rand, rejected_after, G_N_ELEMENTS (rejected_after));
  steps = reached == PATHWAY_SHORTLIST_HIRED ? 7 : 2 * reached + 2;

  if (shortlist->source == PATHWAY_SHORTLIST_SOURCE_EMAIL &&
      !add_step (ctx, job, candidate, PATHWAY_INTERACTION_APPLICATION_RECEIVED, matched, NULL, error))
    return FALSE;

  if (!add_step (ctx, job, candidate, PATHWAY_INTERACTION_PROFILE_VIEWED, matched + (shortlisted - matched) / 2,
                 NULL, error) ||
      !add_step (ctx, job, candidate, PATHWAY_INTERACTION_SHORTLISTED, shortlisted, NULL, error))
    return FALSE;

  if (shortlist->notes != NULL)
    {
      now = _pathway_demo_step_after (ctx, now, 6 * HOUR, steps);
      if (!add_step (ctx, job, candidate, PATHWAY_INTERACTION_NOTE_ADDED, now, shortlist->notes, error))
        return FALSE;
    }

  if (reached >= PATHWAY_SHORTLIST_INTERVIEW_SCHEDULED &&
      !add_interview (ctx, job, shortlist, reached, steps, &now, error))
    return FALSE;

  if (status == PATHWAY_SHORTLIST_HIRED)
    {
      now = _pathway_demo_step_after (ctx, now, 4 * DAY, 2);
      if (!add_email (ctx, job, candidate, PATHWAY_INTERACTION_OFFER_SENT, now, &pathway_demo_offer_subjects, error))
        return FALSE;
      now = _pathway_demo_step_after (ctx, now, 3 * DAY, 1);
      return add_status_change (ctx, job, candidate, now, PATHWAY_SHORTLIST_INTERVIEWED, PATHWAY_SHORTLIST_HIRED,
                                error);
    }

  if (status == PATHWAY_SHORTLIST_REJECTED)
    {
      now = _pathway_demo_step_after (ctx, now, 2 * DAY, 1);
      return add_status_change (ctx, job, candidate, now, reached, PATHWAY_SHORTLIST_REJECTED, error) &&
             add_email (ctx, job, candidate, PATHWAY_INTERACTION_EMAIL_SENT, now, &pathway_demo_update_subjects,
                        error);
    }

  return TRUE;
}

/* ───────────────────────────── shortlists ───────────────────────────── */

/* Statuses of shortlists: shortlisted, invited, interviewed, hired, rejected. Recent ones are
 * mostly under way; older ones mostly decided. */
static const guint recent_shortlist_weights[] = { 36, 24, 14, 4, 22 };
static const guint older_shortlist_weights[] = { 8, 4, 10, 18, 60 };
/* Matches that were not shortlisted: new, reviewed, dismissed. */
static const int unlisted_statuses[] = { PATHWAY_MATCH_NEW, PATHWAY_MATCH_REVIEWED, PATHWAY_MATCH_DISMISSED };
static const guint unlisted_weights[] = { 45, 35, 20 };

static gboolean
write_match (DemoContext    *ctx,
             DemoJob        *job,
             DemoCandidate  *candidate,
             gint64          student_id,
             gint64          matched,
             gboolean        listed,
             GError        **error)
{
  g_autoptr(PathwayCandidateMatch) match = pathway_candidate_match_new ();

  match->recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter).id;
  match->job_id = job->id;
  match->candidate_id = student_id;
  match->match_score = candidate->score;
  match->match_reasons = g_steal_pointer (&candidate->reasons);
  match->status = listed ? PATHWAY_MATCH_SHORTLISTED
                         : unlisted_statuses[_pathway_demo_pick_weighted (ctx->rand, unlisted_weights,
                                                                          G_N_ELEMENTS (unlisted_weights))];
  match->created_at = at (ctx, matched);
  match->updated_at = at (ctx, match->status == PATHWAY_MATCH_NEW ? matched
                                                                  : _pathway_demo_step_after (ctx, matched, DAY, 8));
  return _pathway_demo_insert (ctx, &pathway_candidate_matches_table, g_steal_pointer (&match), NULL, error);
}

/* The shortlist of a matched student, and the steps it went through; a filled job hired its best
 * candidate. */
static gboolean
write_shortlist (DemoContext    *ctx,
                 DemoJob        *job,
                 DemoCandidate  *candidate,
                 gint64          student_id,
                 gint64          matched,
                 gboolean        best,
                 GError        **error)
{
  g_autoptr(PathwayShortlist) shortlist = pathway_shortlist_new ();
  gint64 shortlisted = _pathway_demo_step_after (ctx, matched, 2 * DAY, 8);

  shortlist->recruiter_id = g_array_index (ctx->recruiters, DemoRecruiter, job->recruiter).id;
  shortlist->job_id = job->id;
  shortlist->student_id = student_id;
  shortlist->match_score = (int) round (candidate->score);
  if (chance (ctx->rand, 0.35))
    shortlist->notes = g_strdup (pick (ctx->rand, &pathway_demo_shortlist_notes));
  shortlist->status = _pathway_demo_pick_weighted (ctx->rand, shortlisted > -45 * DAY ? recent_shortlist_weights
                                                                                      : older_shortlist_weights, 5);
  if (job->status == PATHWAY_JOB_FILLED && best)
    shortlist->status = PATHWAY_SHORTLIST_HIRED;
  shortlist->created_at = at (ctx, shortlisted);
  shortlist->source = chance (ctx->rand, 0.2) ? PATHWAY_SHORTLIST_SOURCE_EMAIL : PATHWAY_SHORTLIST_SOURCE_PLATFORM;
  /* the steps first, while the shortlist is at hand: nothing they write refers to it */
  return add_pipeline (ctx, job, shortlist, matched, shortlisted, error) &&
         _pathway_demo_insert (ctx, &pathway_shortlists_table, g_steal_pointer (&shortlist), NULL, error);
}

/* Candidate matches for a job, from students of its career goal who existed then; the best are
 * shortlisted and go through the pipeline, the others stay new, reviewed or dismissed. */
gboolean
_pathway_demo_generate_shortlists (DemoContext  *ctx,
                                   DemoJob      *job,
                                   GError      **error)
{
  g_autoptr(GArray) candidates = NULL;
  GArray *pool = ctx->students_by_goal[job->goal];
  gint64 first_look = _pathway_demo_step_after (ctx, job->created, 2 * DAY, 8);
  guint existing = _pathway_demo_students_before (ctx, first_look);
  guint n_pool, n_listed, n_wanted, n_sample;

  /* the students of the job's goal who had joined by then: a prefix of the goal's list */
  n_pool = 0;
  while (n_pool < pool->len && g_array_index (pool, guint, n_pool) < existing)
    n_pool++;
  if (n_pool == 0)
    return TRUE;

  /* a sample of the pool ranked by match, as the recruiter's list would show it: the best are
   * shortlisted, the next ones stay suggestions */
  n_listed = rand_range (ctx->rand, 1, 6);
  n_wanted = n_listed + rand_range (ctx->rand, 0, 4);
  n_sample = MIN (n_wanted + SAMPLE_EXTRA, n_pool);
  n_listed = MIN (n_listed, n_sample);
  n_wanted = MIN (n_wanted, n_sample);
  candidates = rank_candidates (ctx, job, pool, n_pool, n_sample);

  for (guint i = 0; i < n_wanted; i++)
    {
      DemoCandidate *candidate = &g_array_index (candidates, DemoCandidate, i);
      gint64 student_id = g_array_index (ctx->student_ids, gint64, candidate->student);
      gint64 matched = _pathway_demo_step_after (ctx, first_look, 12 * HOUR, 8);
      gboolean listed = i < n_listed;

      if (!write_match (ctx, job, candidate, student_id, matched, listed, error) ||
          (listed && !write_shortlist (ctx, job, candidate, student_id, matched, i == 0, error)))
        return FALSE;
    }

  return TRUE;
}
