-- The data pages read a form's submissions in batches by id (keyset paging: `id > last ORDER
-- BY id`); without this index every batch sorted all of the form's submissions again.
CREATE INDEX submissions_form_id ON submissions (form_id, id);
