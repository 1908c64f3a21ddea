"""The feature modules of the running app, in start order (the root starts them in a loop)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wellbeing_app.domain.exercises.exercise_content import ExerciseLibrary
from wellbeing_app.domain.exercises.exercise_effect import exercise_label
from wellbeing_app.ui.app_services import AppServices, Feature
from wellbeing_app.ui.cards.card_feature import CardFeature
from wellbeing_app.ui.exercises.exercise_feature import ExerciseFeature
from wellbeing_app.ui.i18n.language_feature import LanguageFeature
from wellbeing_app.ui.reminders.reminder_feature import ReminderFeature
from wellbeing_app.ui.team.team_feature import TeamFeature
from wellbeing_app.ui.trends.trends_feature import TrendsFeature
from wellbeing_app.ui.welcome.welcome_feature import WelcomeFeature
from wellbeing_app.ui.workload.workload_feature import WorkloadFeature

#: (name the agent reads if it fails, how to build it)
FeatureBuilder = tuple[str, Callable[[], Feature]]


def feature_builders(services: AppServices, library: ExerciseLibrary | None,
                     started: Sequence[Feature]) -> list[FeatureBuilder]:
    """A new feature adds one line here; ``started`` lets later ones see earlier ones.

    All are built first, in this order, then started in the same order: a listener built after
    what it listens to is connected before that starts.
    """
    content = services.content
    names = ((lambda exercise_id: content.library().name_of(exercise_id)) if library is not None
             else exercise_label)
    builders: list[FeatureBuilder] = [
        (LanguageFeature.name, lambda: LanguageFeature(services, started)),
        (TrendsFeature.name, lambda: TrendsFeature(services, names)),
        (TeamFeature.name, lambda: TeamFeature(services)),
        (CardFeature.name, lambda: CardFeature(services)),
        (ReminderFeature.name, lambda: ReminderFeature(
            services, any(isinstance(f, ExerciseFeature) for f in started))),
        (WorkloadFeature.name, lambda: WorkloadFeature(services, next(
            f.controller for f in started if isinstance(f, ReminderFeature)))),
        (WelcomeFeature.name, lambda: WelcomeFeature(services))]
    if library is not None:
        builders.insert(1, (ExerciseFeature.name,
                            lambda: ExerciseFeature(services, content.library)))
    return builders
