//! How a plan's words are read: the welfare dictionary, the plan's own
//! `readings:`, and its people's names.
//!
//! One function, so that the PDF and `yomeru check` read a plan the same
//! way: names are read as the plan gives them (`name_reading`,
//! `planner_reading`) or printed as written, never guessed.

use crate::japanese::reading::Lexicon;
use crate::plan::Plan;

/// The lexicon for printing and checking `plan` (as printed: a monitoring
/// report with what it carries over from its plan).
pub fn for_plan(plan: &Plan) -> Lexicon {
    let mut lexicon =
        Lexicon::with_overrides(plan.readings.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .name(&plan.person.name, &plan.person.name_reading);
    if let Some(g) = &plan.person.guardian {
        lexicon = lexicon.name(&g.name, g.name_reading.as_deref().unwrap_or_default());
    }
    if let (Some(planner), Some(reading)) = (&plan.office.planner, &plan.office.planner_reading) {
        lexicon = lexicon.name(planner, reading);
    }
    // Names with no reading in the plan are printed as written.
    let mut names: Vec<&str> = plan.office.name.as_deref().into_iter().collect();
    names.extend(plan.person.guardian.as_ref().map(|g| g.name.as_str()));
    names.extend(plan.office.planner.as_deref());
    names.extend(plan.supporters.iter().map(|s| s.name.as_str()));
    for n in &plan.needs {
        for sv in &n.services {
            names.extend(sv.provider.as_deref());
            names.extend(sv.contact.as_deref());
        }
    }
    lexicon.protect(names)
}
