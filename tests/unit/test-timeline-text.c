/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "pathway-records.h"
#include "pathway-timeline-text.h"

/* A candidate's timeline in words, from the details pathway-shortlists.c and the demo data write. */

static PathwayInteraction *
make (PathwayInteractionType  type,
      const char             *details,
      const char             *notes)
{
  PathwayInteraction *interaction = pathway_interaction_new ();
  g_autoptr(GError) error = NULL;

  interaction->interaction_type = type;
  interaction->notes = g_strdup (notes);
  if (details != NULL)
    {
      interaction->details = json_from_string (details, &error);
      g_assert_no_error (error);
    }
  return interaction;
}

static void
assert_sentence (PathwayInteractionType  type,
                 const char             *details,
                 const char             *notes,
                 const char             *job_title,
                 const char             *expected)
{
  g_autoptr(PathwayInteraction) interaction = make (type, details, notes);
  g_autofree char *sentence = pathway_timeline_describe (interaction, job_title);

  g_assert_cmpstr (sentence, ==, expected);
}

static void
test_sentences (void)
{
  assert_sentence (PATHWAY_INTERACTION_SHORTLISTED, "{\"job_id\": 3, \"match_score\": 81}", NULL, "Data Analyst",
                   "Shortlisted for “Data Analyst”");
  assert_sentence (PATHWAY_INTERACTION_SHORTLISTED, "{\"job_id\": 3}", NULL, NULL, "Shortlisted");
  assert_sentence (PATHWAY_INTERACTION_INTERVIEW_SCHEDULED,
                   "{\"job_id\": 3, \"scheduled_time\": \"2026-12-03T14:00:00Z\","
                   " \"meeting_link\": \"https://meet.example/x\"}",
                   NULL, "Data Analyst", "Interview scheduled for 3 Dec 2026, 14:00 — https://meet.example/x");
  assert_sentence (PATHWAY_INTERACTION_INTERVIEW_SCHEDULED,
                   "{\"job_id\": 3, \"scheduled_time\": \"2026-12-03T09:05:00Z\"}",
                   NULL, NULL, "Interview scheduled for 3 Dec 2026, 09:05");
  assert_sentence (PATHWAY_INTERACTION_INTERVIEW_SCHEDULED, "{\"scheduled_time\": \"soon\"}", NULL, NULL,
                   "Interview scheduled");
  assert_sentence (PATHWAY_INTERACTION_STATUS_CHANGED,
                   "{\"job_id\": 3, \"from\": \"interview_scheduled\", \"to\": \"interviewed\"}",
                   NULL, NULL, "Moved to Interviewed");
  assert_sentence (PATHWAY_INTERACTION_STATUS_CHANGED, "{\"to\": \"promoted\"}", NULL, NULL, "Status changed");
  assert_sentence (PATHWAY_INTERACTION_EMAIL_SENT, "{\"subject\": \"Next steps\"}", NULL, NULL,
                   "Email sent: Next steps");
  assert_sentence (PATHWAY_INTERACTION_EMAIL_SENT, "{\"job_id\": 3, \"email_subject\": \"Your interview\"}", NULL, NULL,
                   "Email sent: Your interview");
  assert_sentence (PATHWAY_INTERACTION_EMAIL_SENT, NULL, NULL, NULL, "Email sent");
  assert_sentence (PATHWAY_INTERACTION_OFFER_SENT, "{\"job_id\": 3}", NULL, NULL, "Offer sent");
  assert_sentence (PATHWAY_INTERACTION_OFFER_SENT, "{\"email_subject\": \"Our offer\"}", NULL, NULL,
                   "Offer sent: Our offer");
  assert_sentence (PATHWAY_INTERACTION_PROFILE_VIEWED, NULL, NULL, NULL, "Profile viewed");
  assert_sentence (PATHWAY_INTERACTION_NOTE_ADDED, "{\"job_id\": 3}", " Strong SQL <b>really</b> ", NULL,
                   "Note: Strong SQL <b>really</b>");
  assert_sentence (PATHWAY_INTERACTION_NOTE_ADDED, "{\"job_id\": 3}", NULL, NULL, "Note cleared");
  assert_sentence (PATHWAY_INTERACTION_INTERVIEW_COMPLETED, "{}", NULL, NULL, "Interview completed");
  assert_sentence (PATHWAY_INTERACTION_APPLICATION_RECEIVED, "[1, 2]", NULL, NULL, "Application received");
}

static void
test_details (void)
{
  g_autoptr(PathwayInteraction) shortlisted = make (PATHWAY_INTERACTION_SHORTLISTED, "{\"job_id\": 42}", NULL);
  g_autoptr(PathwayInteraction) email = make (PATHWAY_INTERACTION_EMAIL_SENT, "{\"job_id\": \"42\"}", NULL);
  g_autoptr(PathwayInteraction) viewed = make (PATHWAY_INTERACTION_PROFILE_VIEWED, NULL, NULL);

  g_assert_cmpint (pathway_timeline_get_job_id (shortlisted), ==, 42);
  g_assert_cmpint (pathway_timeline_get_job_id (email), ==, 0);
  g_assert_cmpint (pathway_timeline_get_job_id (viewed), ==, 0);
  g_assert_true (pathway_timeline_names_job (shortlisted));
  g_assert_false (pathway_timeline_names_job (email));
  g_assert_cmpstr (pathway_timeline_icon_name (email), ==, "mail-send-symbolic");
  g_assert_cmpstr (pathway_timeline_status_label ("hired"), ==, "Hired");
  g_assert_null (pathway_timeline_status_label ("promoted"));
  g_assert_null (pathway_timeline_status_label (NULL));
}

static void
test_time (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2027, 1, 9, 7, 30, 59);
  g_autofree char *text = pathway_timeline_format_time (time);

  g_assert_cmpstr (text, ==, "9 Jan 2027, 07:30");
}

int
main (int   argc,
      char *argv[])
{
  /* Times are shown in local time: make it UTC, before GLib reads it. */
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/recruiter/timeline-text/sentences", test_sentences);
  g_test_add_func ("/recruiter/timeline-text/details", test_details);
  g_test_add_func ("/recruiter/timeline-text/time", test_time);

  return g_test_run ();
}
