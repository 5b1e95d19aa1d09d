//! The readiness summary shown to the CSO and to the admins who review it.

use store::intake::Application;

use super::assessment::{
    AssessmentResult, FitVerdict, Reason, capacity_result, fit_result, staff_result, submission_blocker,
};
use crate::kernel::config::ConnectionThresholds;
use crate::kernel::context::RequestContext;

pub struct ReadinessSummary {
    pub fit: AssessmentResult,
    pub verdict: Option<FitVerdict>,
    pub staff: AssessmentResult,
    pub capacity: AssessmentResult,
    /// Why the application cannot be submitted yet, if it cannot.
    pub blocker: Option<&'static str>,
}

impl ReadinessSummary {
    pub fn of(application: &Application, limits: &ConnectionThresholds) -> Self {
        let (fit, verdict) = fit_result(application);
        let staff = staff_result(application);
        let capacity = capacity_result(application, limits);
        let blocker = submission_blocker(verdict, &staff, &capacity);
        Self { fit, verdict, staff, capacity, blocker }
    }

    /// The three assessments with their title keys and page links, in the programme's order.
    pub fn sections(&self) -> [(&'static str, &'static str, &AssessmentResult); 3] {
        [
            ("assessment-fit", "fit", &self.fit),
            ("assessment-staff", "staff", &self.staff),
            ("assessment-capacity", "capacity", &self.capacity),
        ]
    }
}

/// A reason in the reader's language.
pub fn say(ctx: &RequestContext, reason: &Reason) -> String {
    let mut args = reason.args.clone();
    for (name, value) in &mut args {
        if *name == "skill" {
            *value = ctx.t(format!("skill-{}", value.replace('_', "-")));
        }
    }
    ctx.locale.t_args(reason.key, &args)
}
