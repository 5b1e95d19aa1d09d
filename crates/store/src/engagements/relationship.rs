//! The relationship between a CSO and its capacity builder: weekly ratings, given by both
//! sides at the end of each week and shown to each side only once it has given its own, and
//! anonymous feedback on the training, shown to programme managers only in aggregate.

use chrono::{Duration, NaiveDate};
use rand::Rng;
use rand::seq::SliceRandom;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::Engagement;
use super::calendar::{DAYS, date_of_day};
use crate::accounts::User;
use crate::clock::{Timestamp, from_text, to_text};
use crate::{Error, Result, Store};

/// A rating from 1 (badly) to 5 (very well).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rating(u8);

/// The rating is missing or not a whole number from 1 to 5.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotARating;

impl Rating {
    pub fn parse(raw: &str) -> std::result::Result<Self, NotARating> {
        raw.trim().parse::<u8>().ok().filter(|r| (1..=5).contains(r)).map(Self).ok_or(NotARating)
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// An optional comment: trimmed, up to 2,000 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comment(Option<String>);

/// The comment is longer than [`Comment::MAX`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommentTooLong;

impl Comment {
    pub const MAX: usize = 2000;

    pub fn parse(raw: &str) -> std::result::Result<Self, CommentTooLong> {
        let text = raw.trim();
        if text.chars().count() > Self::MAX {
            return Err(CommentTooLong);
        }
        Ok(Self((!text.is_empty()).then(|| text.to_owned())))
    }

    pub fn as_deref(&self) -> Option<&str> {
        self.0.as_deref()
    }
}

// --- Weekly ratings ----------------------------------------------------------------------------

/// How long after the last day the weeks can still be rated.
pub const RATING_GRACE_DAYS: i64 = 7;

/// The rule broken when a week is rated before its last day.
pub const RATING_NOT_YET: &str = "a week is rated from its last working day";
/// The rule broken when a week is rated more than a week after the training ended.
pub const RATING_CLOSED: &str = "the weeks can be rated until a week after the training ends";
/// The rule broken when someone rates a week twice (a rating is final once the other side
/// may have read it).
pub const RATING_GIVEN: &str = "this week is already rated";
/// The rule broken when the week is not 1 or 2.
pub const RATING_NOT_A_WEEK: &str = "the training has two weeks";

/// Why a week cannot be rated today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingWindow {
    NotAWeek,
    NotYet,
    Closed,
}

/// The working day that ends `week` (day 5 or day 10).
pub fn last_day_of_week(week: u8) -> u8 {
    if week == 1 { 5 } else { DAYS }
}

/// Whether `week` may be rated on `today`: from its last working day until a week after the
/// training's last day.
pub fn rating_open(
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    week: u8,
    today: NaiveDate,
) -> std::result::Result<(), RatingWindow> {
    if !(1..=2).contains(&week) {
        return Err(RatingWindow::NotAWeek);
    }
    if today < date_of_day(starts_on, last_day_of_week(week)) {
        return Err(RatingWindow::NotYet);
    }
    if today > ends_on + Duration::days(RATING_GRACE_DAYS) {
        return Err(RatingWindow::Closed);
    }
    Ok(())
}

/// A rating as someone gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeekRating {
    /// The week rated (1 or 2).
    pub week: u8,
    pub rating: Rating,
    pub comment: Comment,
}

/// One person's rating of one week, as stored.
#[derive(Debug, Clone)]
pub struct WeeklyRating {
    pub user_id: String,
    pub user_name: String,
    pub week: u8,
    pub rating: u8,
    pub comment: Option<String>,
    pub rated_at: Timestamp,
}

impl WeeklyRating {
    /// Whether it is the builder's rating (the other side being the CSO's people).
    pub fn is_builders(&self, engagement: &Engagement) -> bool {
        self.user_id == engagement.builder_id
    }
}

fn rating_from_row(row: &AnyRow) -> Result<WeeklyRating> {
    let week: i64 = row.try_get("week")?;
    let rating: i64 = row.try_get("rating")?;
    Ok(WeeklyRating {
        user_id: row.try_get("user_id")?,
        user_name: row.try_get("user_name")?,
        week: u8::try_from(week).map_err(|_| Error::Corrupt(format!("rating week {week}")))?,
        rating: u8::try_from(rating).map_err(|_| Error::Corrupt(format!("rating {rating}")))?,
        comment: row.try_get("comment")?,
        rated_at: from_text(&row.try_get::<String, _>("rated_at")?)?,
    })
}

/// The ratings `viewer` may read: a participant reads a week's ratings (the other side's and
/// their own side's) only once they have rated that week themselves, so nobody's rating is
/// swayed by the other's; programme managers, who do not rate, read them all.
pub fn visible_ratings<'a>(
    ratings: &'a [WeeklyRating],
    engagement: &Engagement,
    viewer: &User,
) -> Vec<&'a WeeklyRating> {
    if !engagement.is_participant(viewer) {
        return ratings.iter().collect();
    }
    let rated = |week: u8| ratings.iter().any(|r| r.week == week && r.user_id == viewer.id);
    ratings.iter().filter(|r| rated(r.week)).collect()
}

// --- Anonymous feedback -------------------------------------------------------------------------

/// The fewest answers a group of feedback must hold before programme managers see it.
pub const FEEDBACK_THRESHOLD: usize = 3;

/// The rule broken when someone gives feedback a second time in the same engagement.
pub const FEEDBACK_GIVEN: &str = "feedback on the training is given once per engagement";
/// The rule broken when feedback is given before the training starts.
pub const FEEDBACK_NOT_YET: &str = "feedback on the training is given once it has started";

/// Anonymous feedback on the training, as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingFeedback {
    /// How useful the training was for the CSO's work.
    pub usefulness: Rating,
    /// How well the capacity builder supported the CSO.
    pub support: Rating,
    pub comment: Comment,
}

/// One answer as the report reads it: no id, no person, no engagement, no time.
#[derive(Debug, Clone)]
pub struct FeedbackAnswer {
    /// The builder the answer is about, with their name (`None` once their account is gone).
    pub builder: Option<(String, String)>,
    pub usefulness: u8,
    pub support: u8,
    pub comment: Option<String>,
}

/// A group of answers shown together: averages and the comments in random order.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackAggregate {
    pub answers: usize,
    pub usefulness: f64,
    pub support: f64,
    pub comments: Vec<String>,
}

fn aggregate<'a>(answers: impl Iterator<Item = &'a FeedbackAnswer>, rng: &mut impl Rng) -> FeedbackAggregate {
    let answers: Vec<&FeedbackAnswer> = answers.collect();
    let n = answers.len().max(1) as f64;
    let mut comments: Vec<String> = answers.iter().filter_map(|a| a.comment.clone()).collect();
    comments.shuffle(rng);
    FeedbackAggregate {
        answers: answers.len(),
        usefulness: answers.iter().map(|a| f64::from(a.usefulness)).sum::<f64>() / n,
        support: answers.iter().map(|a| f64::from(a.support)).sum::<f64>() / n,
        comments,
    }
}

/// One builder's feedback.
#[derive(Debug, Clone, PartialEq)]
pub struct BuilderFeedback {
    pub builder_name: String,
    pub feedback: FeedbackAggregate,
}

/// What programme managers see of the feedback.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FeedbackReport {
    /// All answers together, when they are enough (see [`feedback_report`]).
    pub overall: Option<FeedbackAggregate>,
    /// The builders with enough answers, by name.
    pub builders: Vec<BuilderFeedback>,
    /// Whether some answers are not shown under any builder (too few for theirs).
    pub withheld: bool,
}

/// Groups the answers for programme managers. A builder's group is shown only with at least
/// [`FEEDBACK_THRESHOLD`] answers. The overall group is shown only with at least as many, and
/// only when the answers left out of the builders' groups are none or at least as many too:
/// otherwise taking the shown builders' comments away from the overall ones would reveal a
/// small group's comments all the same. Comments come in random order (never the order they
/// were written in).
pub fn feedback_report(answers: &[FeedbackAnswer], rng: &mut impl Rng) -> FeedbackReport {
    let mut builders: Vec<(&str, &str)> = answers
        .iter()
        .filter_map(|a| a.builder.as_ref())
        .map(|(id, name)| (id.as_str(), name.as_str()))
        .collect();
    builders.sort_by(|a, b| a.1.cmp(b.1).then(a.0.cmp(b.0)));
    builders.dedup();
    let mut report = FeedbackReport::default();
    let mut shown = 0;
    for (id, name) in builders {
        let theirs = || answers.iter().filter(move |a| a.builder.as_ref().is_some_and(|(b, _)| b == id));
        let count = theirs().count();
        if count >= FEEDBACK_THRESHOLD {
            shown += count;
            report
                .builders
                .push(BuilderFeedback { builder_name: name.to_owned(), feedback: aggregate(theirs(), rng) });
        }
    }
    let left_out = answers.len() - shown;
    report.withheld = left_out > 0;
    if answers.len() >= FEEDBACK_THRESHOLD && (left_out == 0 || left_out >= FEEDBACK_THRESHOLD) {
        report.overall = Some(aggregate(answers.iter(), rng));
    }
    report
}

impl Store {
    // --- Weekly ratings ---

    /// Records `user_id`'s rating of a week, once, while the week is open on `today`.
    pub async fn rate_week(
        &self,
        engagement: &Engagement,
        user_id: &str,
        given: &WeekRating,
        today: NaiveDate,
        at: Timestamp,
    ) -> Result<()> {
        let WeekRating { week, rating, comment } = given;
        let week = *week;
        match rating_open(engagement.starts_on, engagement.ends_on, week, today) {
            Err(RatingWindow::NotAWeek) => return Err(Error::Rule(RATING_NOT_A_WEEK)),
            Err(RatingWindow::NotYet) => return Err(Error::Rule(RATING_NOT_YET)),
            Err(RatingWindow::Closed) => return Err(Error::Rule(RATING_CLOSED)),
            Ok(()) => {}
        }
        let done = sqlx::query(
            "INSERT INTO weekly_ratings (engagement_id, user_id, week, rating, comment, rated_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (engagement_id, user_id, week) DO NOTHING",
        )
        .bind(&engagement.id)
        .bind(user_id)
        .bind(i64::from(week))
        .bind(i64::from(rating.get()))
        .bind(comment.as_deref())
        .bind(to_text(at))
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::Rule(RATING_GIVEN));
        }
        Ok(())
    }

    /// Every rating of an engagement, by week and name. Pass them through [`visible_ratings`]
    /// before showing them.
    pub async fn weekly_ratings(&self, engagement_id: &str) -> Result<Vec<WeeklyRating>> {
        let rows = sqlx::query(
            "SELECT r.*, u.name AS user_name FROM weekly_ratings r JOIN users u ON u.id = r.user_id \
             WHERE r.engagement_id = $1 ORDER BY r.week, u.name, r.user_id",
        )
        .bind(engagement_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(rating_from_row).collect()
    }

    // --- Anonymous feedback ---

    /// Records `user_id`'s anonymous feedback on the training, once per engagement, from its
    /// first day (`today`). Two rows are written in one transaction, with nothing in common:
    ///
    /// - `training_feedback_given` (engagement, person) only says that they have answered;
    /// - `training_feedback` holds the answer with only the builder it is about, the month
    ///   (`YYYY-MM`, never the day or time), the two ratings and the comment. Its id is a
    ///   random UUID v4, not the time-ordered v7 used elsewhere: a v7 id carries the moment it
    ///   was made to the millisecond, which would date the answer and line it up against the
    ///   sessions and pages of whoever answered at that moment.
    ///
    /// No method of the store reads an answer by itself: [`Store::training_feedback_report`]
    /// returns only groups of [`FEEDBACK_THRESHOLD`] or more, comments shuffled.
    pub async fn give_training_feedback(
        &self,
        engagement: &Engagement,
        user_id: &str,
        feedback: &TrainingFeedback,
        today: NaiveDate,
        at: Timestamp,
    ) -> Result<()> {
        if today < engagement.starts_on {
            return Err(Error::Rule(FEEDBACK_NOT_YET));
        }
        let mut tx = self.begin().await?;
        let marked = sqlx::query(
            "INSERT INTO training_feedback_given (engagement_id, user_id) VALUES ($1, $2) \
             ON CONFLICT (engagement_id, user_id) DO NOTHING",
        )
        .bind(&engagement.id)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        if marked.rows_affected() == 0 {
            return Err(Error::Rule(FEEDBACK_GIVEN));
        }
        sqlx::query(
            "INSERT INTO training_feedback (id, builder_id, month, usefulness, support, comment) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(&engagement.builder_id)
        .bind(at.format("%Y-%m").to_string())
        .bind(i64::from(feedback.usefulness.get()))
        .bind(i64::from(feedback.support.get()))
        .bind(feedback.comment.as_deref())
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Whether `user_id` has given their feedback in this engagement.
    pub async fn has_given_training_feedback(&self, engagement_id: &str, user_id: &str) -> Result<bool> {
        let given: Option<String> = sqlx::query_scalar(
            "SELECT user_id FROM training_feedback_given WHERE engagement_id = $1 AND user_id = $2",
        )
        .bind(engagement_id)
        .bind(user_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(given.is_some())
    }

    /// The feedback as programme managers see it (see [`feedback_report`]).
    pub async fn training_feedback_report(&self) -> Result<FeedbackReport> {
        // Neither the id nor the month is read, and the order is the database's (then
        // shuffled): nothing here tells one answer from another beyond what it says.
        let rows = sqlx::query(
            "SELECT f.builder_id, u.name AS builder_name, f.usefulness, f.support, f.comment \
             FROM training_feedback f LEFT JOIN users u ON u.id = f.builder_id",
        )
        .fetch_all(self.pool())
        .await?;
        let answers = rows
            .iter()
            .map(|row| {
                let builder_id: Option<String> = row.try_get("builder_id")?;
                let builder_name: Option<String> = row.try_get("builder_name")?;
                let usefulness: i64 = row.try_get("usefulness")?;
                let support: i64 = row.try_get("support")?;
                Ok(FeedbackAnswer {
                    builder: builder_id.zip(builder_name),
                    usefulness: u8::try_from(usefulness)
                        .map_err(|_| Error::Corrupt("feedback rating".into()))?,
                    support: u8::try_from(support).map_err(|_| Error::Corrupt("feedback rating".into()))?,
                    comment: row.try_get("comment")?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(feedback_report(&answers, &mut rand::rng()))
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn ratings_and_comments_are_checked() {
        assert_eq!(Rating::parse(" 4 ").map(Rating::get), Ok(4));
        for bad in ["", "0", "6", "4.5", "four"] {
            assert_eq!(Rating::parse(bad), Err(NotARating), "{bad:?}");
        }
        assert_eq!(Comment::parse("  ").unwrap().as_deref(), None);
        assert_eq!(Comment::parse(" good ").unwrap().as_deref(), Some("good"));
        assert_eq!(Comment::parse(&"x".repeat(2001)), Err(CommentTooLong));
    }

    #[test]
    fn each_week_is_rated_from_its_last_day_until_a_week_after_the_end() {
        // Monday 2 November 2026 to Friday 13 November.
        let (start, end) = (d(2026, 11, 2), d(2026, 11, 13));
        assert_eq!(rating_open(start, end, 1, d(2026, 11, 5)), Err(RatingWindow::NotYet));
        assert_eq!(rating_open(start, end, 1, d(2026, 11, 6)), Ok(()));
        assert_eq!(rating_open(start, end, 2, d(2026, 11, 12)), Err(RatingWindow::NotYet));
        assert_eq!(rating_open(start, end, 2, end), Ok(()));
        assert_eq!(rating_open(start, end, 1, d(2026, 11, 20)), Ok(()));
        assert_eq!(rating_open(start, end, 1, d(2026, 11, 21)), Err(RatingWindow::Closed));
        assert_eq!(rating_open(start, end, 3, end), Err(RatingWindow::NotAWeek));
    }

    fn answer(builder: &str, usefulness: u8, comment: &str) -> FeedbackAnswer {
        FeedbackAnswer {
            builder: Some((format!("id-{builder}"), builder.to_owned())),
            usefulness,
            support: 5,
            comment: Some(comment.to_owned()),
        }
    }

    #[test]
    fn feedback_is_shown_only_in_groups_of_three() {
        let mut rng = StdRng::seed_from_u64(7);
        let mut answers = vec![answer("Lucía", 4, "a1"), answer("Lucía", 5, "a2")];
        assert_eq!(
            feedback_report(&answers, &mut rng),
            FeedbackReport { withheld: true, ..Default::default() }
        );

        answers.push(answer("Lucía", 3, "a3"));
        let report = feedback_report(&answers, &mut rng);
        assert_eq!(report.builders.len(), 1);
        let lucia = &report.builders[0].feedback;
        assert_eq!((lucia.answers, lucia.usefulness, lucia.support), (3, 4.0, 5.0));
        let mut comments = lucia.comments.clone();
        comments.sort();
        assert_eq!(comments, ["a1", "a2", "a3"]);
        assert!(report.overall.is_some() && !report.withheld);

        // Two answers about Joseph: his group is not shown, and neither is the overall one,
        // which would give his two comments away (overall minus Lucía's).
        answers.extend([answer("Joseph", 1, "j1"), answer("Joseph", 2, "j2")]);
        let report = feedback_report(&answers, &mut rng);
        assert_eq!(report.builders.iter().map(|b| b.builder_name.as_str()).collect::<Vec<_>>(), ["Lucía"]);
        assert!(report.withheld);
        assert_eq!(report.overall, None);

        // A third answer left out (about someone else) makes a group of three: overall shown.
        answers.push(answer("Kofi", 2, "k1"));
        let report = feedback_report(&answers, &mut rng);
        assert_eq!(report.builders.len(), 1);
        assert_eq!(report.overall.as_ref().map(|o| o.answers), Some(6));

        // A third answer about Joseph shows his group too.
        answers.push(answer("Joseph", 3, "j3"));
        let report = feedback_report(&answers, &mut rng);
        assert_eq!(
            report.builders.iter().map(|b| b.builder_name.as_str()).collect::<Vec<_>>(),
            ["Joseph", "Lucía"]
        );
        assert_eq!(report.builders[0].feedback.usefulness, 2.0);
        assert!(report.withheld, "Kofi's one answer is still not shown on its own");
    }

    #[test]
    fn comments_do_not_come_in_the_order_they_were_written() {
        let answers: Vec<_> = (0..12).map(|i| answer("Lucía", 4, &format!("c{i:02}"))).collect();
        let written: Vec<String> = answers.iter().filter_map(|a| a.comment.clone()).collect();
        let mut rng = StdRng::seed_from_u64(1);
        let orders: Vec<Vec<String>> = (0..5)
            .map(|_| feedback_report(&answers, &mut rng).builders[0].feedback.comments.clone())
            .collect();
        assert!(orders.iter().any(|o| *o != written));
        assert!(orders.windows(2).any(|w| w[0] != w[1]));
    }
}
