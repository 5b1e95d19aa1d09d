//! Data collection: forms and their versions, collectors, and the submissions they send.
//!
//! [`forms`] publishes versions and form media, [`collectors`] hands out device and web-link
//! tokens, [`writer`] stores submissions through one group-committing writer, and
//! [`submissions`] reads and reviews them.

mod by_instance;
pub mod collectors;
pub mod forms;
mod stream;
pub mod submissions;
pub use stream::SubmissionText;
mod summaries;
pub(crate) use summaries::BUMP_DATA_GENERATION;
pub use summaries::SummarySnapshot;
pub mod webhooks;
pub mod writer;

pub use collectors::{Collector, CollectorKind};
pub use forms::{Form, FormMedia, FormMode, FormSummary, FormVersion, NewVersion};
pub use submissions::{
    Attachment, EventKind, FieldEquals, PilotFilter, ReviewComment, ReviewState, RowBatch, StoredSubmission,
    SubmissionEvent, SubmissionFilter, SubmissionPage, SubmissionProblem, SubmissionRow, SubmissionSort,
};
pub use webhooks::{DueDelivery, Webhook, WebhookDelivery, WebhookUrl};
pub use writer::{AttachmentContents, Incoming, IncomingAttachment, Outcome, SubmissionWriter};
