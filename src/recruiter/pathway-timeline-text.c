/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-timeline-text"

#include "config.h"

#include "pathway-timeline-text.h"

#include <glib/gi18n.h>

#include "pathway-time.h"

/* A member of the details object, or NULL when the details are missing or of another shape. */
static JsonNode *
get_member (const PathwayInteraction *interaction,
            const char               *name)
{
  if (interaction->details == NULL || !JSON_NODE_HOLDS_OBJECT (interaction->details))
    return NULL;

  return json_object_get_member (json_node_get_object (interaction->details), name);
}

static const char *
get_string (const PathwayInteraction *interaction,
            const char               *name)
{
  JsonNode *node = get_member (interaction, name);
  const char *value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);
  return value != NULL && *value != '\0' ? value : NULL;
}

/* The job the row is about ({"job_id"}), or 0. */
gint64
pathway_timeline_get_job_id (const PathwayInteraction *interaction)
{
  JsonNode *node;

  g_return_val_if_fail (interaction != NULL, 0);

  node = get_member (interaction, "job_id");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  return json_node_get_int (node);
}

/* A shortlist status as stored ("interview_scheduled") in words, as a step: “Interview Scheduled”. */
const char *
pathway_timeline_status_label (const char *status_nick)
{
  static const struct {
    const char *nick;
    const char *label;
  } labels[] = {
    { "shortlisted", N_("Shortlisted") },
    { "interview_scheduled", N_("Interview Scheduled") },
    { "interviewed", N_("Interviewed") },
    { "hired", N_("Hired") },
    { "rejected", N_("Rejected") },
  };

  for (guint i = 0; status_nick != NULL && i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (status_nick, labels[i].nick))
      return _(labels[i].label);

  return NULL;
}

/* When something happened or will, in local time: “3 Dec 2026, 14:00”. */
char *
pathway_timeline_format_time (GDateTime *time)
{
  g_autoptr(GDateTime) local = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  local = g_date_time_to_local (time);
  /* Translators: a date and time in a candidate's timeline, see the strftime manual */
  return g_date_time_format (local, _("%-d %b %Y, %H:%M"));
}

static char *
describe_interview (const PathwayInteraction *interaction)
{
  const char *when_text = get_string (interaction, "scheduled_time");
  const char *link = get_string (interaction, "meeting_link");
  g_autoptr(GDateTime) when = when_text != NULL ? pathway_timestamp_parse (when_text) : NULL;
  g_autofree char *time = when != NULL ? pathway_timeline_format_time (when) : NULL;

  if (time != NULL && link != NULL)
    /* Translators: “Interview scheduled for 3 Dec 2026, 14:00 — https://meet.example/abc” */
    return g_strdup_printf (_("Interview scheduled for %s — %s"), time, link);
  if (time != NULL)
    return g_strdup_printf (_("Interview scheduled for %s"), time);
  return g_strdup (_("Interview scheduled"));
}

/* pathway_shortlists_email_sent () writes "subject"; the demo data "email_subject". */
static const char *
get_subject (const PathwayInteraction *interaction)
{
  const char *subject = get_string (interaction, "subject");

  return subject != NULL ? subject : get_string (interaction, "email_subject");
}

static char *
describe_email (const PathwayInteraction *interaction)
{
  const char *subject = get_subject (interaction);

  if (subject == NULL)
    return g_strdup (_("Email sent"));
  /* Translators: %s is the subject of the email */
  return g_strdup_printf (_("Email sent: %s"), subject);
}

static char *
describe_offer (const PathwayInteraction *interaction)
{
  const char *subject = get_subject (interaction);

  if (subject == NULL)
    return g_strdup (_("Offer sent"));
  /* Translators: %s is the subject of the email with the offer */
  return g_strdup_printf (_("Offer sent: %s"), subject);
}

static char *
describe_note (const PathwayInteraction *interaction)
{
  g_autofree char *note = interaction->notes != NULL ? g_strstrip (g_strdup (interaction->notes)) : NULL;

  if (note == NULL || *note == '\0')
    return g_strdup (_("Note cleared"));
  /* Translators: a recruiter’s note on a candidate, quoted in their timeline */
  return g_strdup_printf (_("Note: %s"), note);
}

static char *
describe_change (const PathwayInteraction *interaction)
{
  const char *to = pathway_timeline_status_label (get_string (interaction, "to"));

  if (to == NULL)
    return g_strdup (_("Status changed"));
  /* Translators: %s is a step such as “Interviewed” or “Hired” */
  return g_strdup_printf (_("Moved to %s"), to);
}

/* What happened, as a sentence: “Shortlisted for “Data Analyst””, “Email sent: Next steps”.
 * job_title is the title of the job the row is about, NULL when unknown. */
char *
pathway_timeline_describe (const PathwayInteraction *interaction,
                           const char               *job_title)
{
  g_return_val_if_fail (interaction != NULL, NULL);

  switch ((PathwayInteractionType) interaction->interaction_type)
    {
    case PATHWAY_INTERACTION_EMAIL_SENT:
      return describe_email (interaction);
    case PATHWAY_INTERACTION_PROFILE_VIEWED:
      return g_strdup (_("Profile viewed"));
    case PATHWAY_INTERACTION_INTERVIEW_SCHEDULED:
      return describe_interview (interaction);
    case PATHWAY_INTERACTION_INTERVIEW_COMPLETED:
      return g_strdup (_("Interview completed"));
    case PATHWAY_INTERACTION_OFFER_SENT:
      return describe_offer (interaction);
    case PATHWAY_INTERACTION_SHORTLISTED:
      if (job_title == NULL)
        return g_strdup (_("Shortlisted"));
      /* Translators: %s is a job title */
      return g_strdup_printf (_("Shortlisted for “%s”"), job_title);
    case PATHWAY_INTERACTION_STATUS_CHANGED:
      return describe_change (interaction);
    case PATHWAY_INTERACTION_NOTE_ADDED:
      return describe_note (interaction);
    case PATHWAY_INTERACTION_APPLICATION_RECEIVED:
      return g_strdup (_("Application received"));
    default:
      return g_strdup (_("Something happened"));
    }
}

/* Whether the sentence already names the job, so the row need not say it again. */
gboolean
pathway_timeline_names_job (const PathwayInteraction *interaction)
{
  g_return_val_if_fail (interaction != NULL, FALSE);

  return interaction->interaction_type == PATHWAY_INTERACTION_SHORTLISTED;
}

const char *
pathway_timeline_icon_name (const PathwayInteraction *interaction)
{
  g_return_val_if_fail (interaction != NULL, NULL);

  switch ((PathwayInteractionType) interaction->interaction_type)
    {
    case PATHWAY_INTERACTION_EMAIL_SENT:
    case PATHWAY_INTERACTION_OFFER_SENT:
      return "mail-send-symbolic";
    case PATHWAY_INTERACTION_PROFILE_VIEWED:
      return "avatar-default-symbolic";
    case PATHWAY_INTERACTION_INTERVIEW_SCHEDULED:
    case PATHWAY_INTERACTION_INTERVIEW_COMPLETED:
      return "x-office-calendar-symbolic";
    case PATHWAY_INTERACTION_SHORTLISTED:
      return "starred-symbolic";
    case PATHWAY_INTERACTION_STATUS_CHANGED:
      return "go-next-symbolic";
    case PATHWAY_INTERACTION_NOTE_ADDED:
      return "document-edit-symbolic";
    case PATHWAY_INTERACTION_APPLICATION_RECEIVED:
      return "mail-unread-symbolic";
    default:
      return "emblem-default-symbolic";
    }
}
