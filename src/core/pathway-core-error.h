/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PATHWAY_CORE_ERROR (pathway_core_error_quark ())

typedef enum {
  PATHWAY_CORE_ERROR_INVALID_DATA,      /* data that does not have its documented shape */
  PATHWAY_CORE_ERROR_INVALID_REQUEST,   /* a choice outside what the rules allow */
  PATHWAY_CORE_ERROR_NOT_FOUND,         /* an id that names nothing */
  PATHWAY_CORE_ERROR_NOTHING_TO_LEARN,  /* the student already knows everything that was asked for */
} PathwayCoreError;

GQuark pathway_core_error_quark (void);

G_END_DECLS
