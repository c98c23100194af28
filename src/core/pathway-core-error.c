/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "pathway-core"

#include "config.h"

#include "pathway-core-error.h"

G_DEFINE_QUARK (pathway-core-error-quark, pathway_core_error)
