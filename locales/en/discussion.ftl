# Discussion: answers to the modules' questions, replies, the engagement's messages, and how
# discussion emails arrive.
discussion-title = Discussion
discussion-with-builder = Capacity builder: { $name }
discussion-messages = Messages
discussion-message-count = { $count ->
    [0] No messages yet
    [one] One message
   *[other] { $count } messages
}
discussion-last-message = the latest on { $time }
discussion-messages-hint = For everything else: the plan, calls, how the work is going.
discussion-modules = Discussion questions
discussion-modules-hint = The team answers each module's questions; the capacity builder replies.
discussion-day = Day { $day }
discussion-answer-count = { $count ->
    [0] no answers yet
    [one] one answer
   *[other] { $count } answers
}
discussion-settings-link = Choose how discussion emails reach you
discussion-read-module = Read the module
discussion-read-only = You can read this discussion; only the CSO's team and its capacity builder write in it.
discussion-question = Question { $number }
discussion-no-answers = No answers yet.
discussion-your-answer = Your team's answer
discussion-post-answer = Post the answer
discussion-body-hint = Plain text, up to 4,000 characters; line breaks are kept.
discussion-role-builder = capacity builder
discussion-reply-count = { $count ->
    [one] One reply
   *[other] { $count } replies
}
discussion-reply = Reply
discussion-your-reply = Your reply
discussion-post-reply = Post the reply
discussion-no-messages = Nothing here yet. Start the conversation below.
discussion-new-message = Write a message
discussion-your-message = Your message
discussion-post-message = Send the message
discussion-error-empty = Write something before posting.
discussion-error-long = This is too long: 4,000 characters at most.
discussion-settings-title = Discussion emails
discussion-settings-saved = Your choice is saved.
discussion-settings-intro = When someone posts in a discussion you take part in, we email you. Choose how.
discussion-settings-legend = Send me
discussion-settings-now = An email for each post
discussion-settings-now-hint = As soon as someone posts.
discussion-settings-daily = One email a day
discussion-settings-daily-hint = A daily digest, shortly after midnight (UTC), listing everything posted the day before.
discussion-settings-starts = The daily digest begins on { $date }; until then, each post still comes in its own email.
discussion-settings-error = Choose one of the two options.
discussion-settings-save = Save
discussion-digest-answer = { $author } answered question { $number } of “{ $module }”, { $time }:
discussion-digest-reply = { $author } replied on question { $number } of “{ $module }”, { $time }:
discussion-digest-message = { $author } wrote in the messages, { $time }:
email-discussion-answer-subject = { $author } answered a question on “{ $module }”
email-discussion-answer-body =
    Hello { $name },

    { $author } of { $organisation } answered this question of the module “{ $module }”:

    { $question }

    The answer:

    { $body }

    Read it and reply here:

    { $link }

    To receive one email a day instead, change your settings: { $settings }
email-discussion-reply-subject = { $author } replied on “{ $module }”
email-discussion-reply-body =
    Hello { $name },

    In the training of { $organisation }, { $author } replied in the discussion of the module “{ $module }”, on this question:

    { $question }

    The reply:

    { $body }

    Read the conversation and answer here:

    { $link }

    To receive one email a day instead, change your settings: { $settings }
email-discussion-message-subject = New message from { $author } on DataShift
email-discussion-message-body =
    Hello { $name },

    In the training of { $organisation }, { $author } wrote:

    { $body }

    Read the messages and reply here:

    { $link }

    To receive one email a day instead, change your settings: { $settings }
email-discussion-digest-subject = Your daily DataShift discussion digest
email-discussion-digest-body =
    Hello { $name },

    Here is what was posted in your discussions since your last digest:

    { $posts }

    To receive an email for each post instead, change your settings: { $settings }
