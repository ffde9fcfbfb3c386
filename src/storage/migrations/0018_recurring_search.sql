-- Recurring learning (domain/learning/recurring/, doc/learning.md): the learning of different
-- reviews that says the same thing is found through each engine's own full-text search. Each
-- recommendation, and each rapid review's learning, keeps its words as a document column written
-- as FullTextDocument writes it (storage/sql/full_text.h): by the review record repository with
-- every write, and here for the rows already there. The documents are filled before their
-- indexes are made, so that each index is built once.
ALTER TABLE review_recommendations ADD COLUMN search_text TEXT NOT NULL DEFAULT '';
{full_text_fill:review_recommendations.search_text=text};
{full_text:review_recommendations.search_text};

ALTER TABLE rapid_reviews ADD COLUMN learning_search_text TEXT NOT NULL DEFAULT '';
{full_text_fill:rapid_reviews.learning_search_text=learning};
{full_text:rapid_reviews.learning_search_text};
