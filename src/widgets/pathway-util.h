/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Small things every view needs. */

void pathway_util_remove_children   (GtkWidget  *container);
void pathway_util_unparent_children (GtkWidget  *widget);
void pathway_util_toast             (GtkWidget  *widget,
                                   const char *message);

G_END_DECLS
