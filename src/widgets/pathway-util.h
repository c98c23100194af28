/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Small things every view needs. */

void      pathway_util_remove_children    (GtkWidget  *container);
void      pathway_util_unparent_children  (GtkWidget  *widget);
void      pathway_util_toast              (GtkWidget  *widget,
                                           const char *message);
AdwToast *pathway_util_new_toast          (const char *message);
void      pathway_util_add_toast          (GtkWidget  *widget,
                                           AdwToast   *toast);
void      pathway_util_ask_discard        (GtkWindow  *window,
                                           const char *body);

G_END_DECLS
