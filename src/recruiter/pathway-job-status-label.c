/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-job-status-label"

#include "config.h"

#include <glib/gi18n.h>

#include "pathway-job-status-label.h"

const char *
pathway_job_status_title (PathwayJobStatus status)
{
  switch (status)
    {
    case PATHWAY_JOB_ACTIVE:
      return C_("job status", "Active");
    case PATHWAY_JOB_PAUSED:
      return C_("job status", "Paused");
    case PATHWAY_JOB_CLOSED:
      return C_("job status", "Closed");
    case PATHWAY_JOB_FILLED:
      return C_("job status", "Filled");
    default:
      g_return_val_if_reached ("");
    }
}

/* Sets the text and the style classes (ui/style.css: .job-status and one class per status nick). */
void
pathway_job_status_label_set (GtkLabel         *label,
                              PathwayJobStatus  status)
{
  const char *classes[] = { "job-status", pathway_job_status_nicks[status], NULL };

  g_return_if_fail (GTK_IS_LABEL (label));
  g_return_if_fail (status >= PATHWAY_JOB_ACTIVE && status <= PATHWAY_JOB_FILLED);

  gtk_label_set_label (label, pathway_job_status_title (status));
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);
}
