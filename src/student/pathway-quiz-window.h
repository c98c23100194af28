/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "pathway-db.h"
#include "pathway-records.h"

G_BEGIN_DECLS

#define PATHWAY_TYPE_QUIZ_WINDOW (pathway_quiz_window_get_type ())
G_DECLARE_FINAL_TYPE (PathwayQuizWindow, pathway_quiz_window, PATHWAY, QUIZ_WINDOW, AdwWindow)

PathwayQuizWindow *pathway_quiz_window_new          (PathwayDb         *db,
                                                     gint64             user_id,
                                                     const PathwayQuiz *quiz);
guint              pathway_quiz_window_get_n_questions (PathwayQuizWindow *self);
void               pathway_quiz_window_choose       (PathwayQuizWindow *self,
                                                     int                option);

G_END_DECLS
