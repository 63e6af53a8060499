import functools
from dataclasses import dataclass

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import connection, connections, models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone

from ratings.signals import rating_changed


class Score(models.IntegerChoices):
    ONE = 1, "1 star"
    TWO = 2, "2 stars"
    THREE = 3, "3 stars"
    FOUR = 4, "4 stars"
    FIVE = 5, "5 stars"


@dataclass(frozen=True)
class RatingSummary:
    """The figures a reader sees: count, sum, and the score this visitor gave (None if they have not voted)."""

    count: int = 0
    score_sum: int = 0
    visitor_score: int | None = None

    @classmethod
    def from_row(cls, row):
        """From `summary_statement`'s row: None, or all None (read with the content version), for no votes."""
        return cls(*row) if row and row[0] is not None else cls()

    @property
    def average(self):
        return round(self.score_sum / self.count, 1) if self.count else None

    @property
    def text(self):
        if not self.count:
            return "No ratings yet."
        votes = "1 vote" if self.count == 1 else f"{self.count} votes"
        return f"Rating: {self.average:.1f}/5. From {votes}."


def _same_object(model, object_id):
    """Filter on the rated object through the content type's natural key, so no ContentType lookup is needed."""
    return Q(content_type__app_label=model._meta.app_label, content_type__model=model._meta.model_name) & Q(
        object_id=object_id
    )


class ListingPageQuerySet(models.QuerySet):
    def published(self):
        """Listing pages still declared by an installed app; one whose declaration is gone cannot be rated."""
        from ratings.listings import declared_listings

        return self.filter(key__in=declared_listings())


class ListingPage(models.Model):
    """A rateable page that is not one model object, such as the treatments overview (see ratings/listings.py)."""

    key = models.SlugField(max_length=100, unique=True)
    title = models.CharField(max_length=200)
    url_name = models.CharField(max_length=200)

    objects = ListingPageQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = "listing page"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.url_name)


class RatingTotalQuerySet(models.QuerySet):
    def summary_for(self, obj, visitor_hash=None):
        """One indexed lookup, whatever the number of votes: the object's figures and this visitor's score.

        Written as SQL, as every rated page runs it: building it with the ORM cost more than running it.
        """
        with connections[self.db].cursor() as cursor:
            cursor.execute(*summary_statement(obj, visitor_hash))
            found = cursor.fetchone()
        return RatingSummary.from_row(found)


def summary_statement(obj, visitor_hash):
    """The SQL and parameters for one object's count, sum and this visitor's score: one row, or none without votes."""
    return _summary_sql(), [visitor_hash or "", type(obj)._meta.app_label, type(obj)._meta.model_name, obj.pk]


@functools.cache
def _summary_sql():
    """Count, sum and this visitor's score ('' matches no vote), finding the content type by its natural key."""
    return f"""
        SELECT total.count, total.score_sum, vote.score
        FROM {RatingTotal._meta.db_table} total
        JOIN {ContentType._meta.db_table} content_type ON content_type.id = total.content_type_id
        LEFT JOIN {Vote._meta.db_table} vote ON vote.content_type_id = total.content_type_id
            AND vote.object_id = total.object_id AND vote.visitor_hash = %s
        WHERE content_type.app_label = %s AND content_type.model = %s AND total.object_id = %s
    """


class RatingTotal(models.Model):
    """Count and sum of one object's votes, kept in step with the votes in the same transaction."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey()
    count = models.PositiveIntegerField(default=0)
    score_sum = models.PositiveIntegerField(default=0)

    objects = RatingTotalQuerySet.as_manager()

    class Meta:
        # The admin lists these as the 'Ratings summary' page.
        verbose_name = "ratings summary"
        verbose_name_plural = "ratings summary"
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id"], name="ratings_one_total_per_object"),
            models.CheckConstraint(
                condition=Q(score_sum__gte=F("count"), score_sum__lte=F("count") * 5),
                name="ratings_total_sum_within_range",
            ),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.summary.text}"

    @property
    def summary(self):
        return RatingSummary(self.count, self.score_sum)


class VoteQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(_same_object(type(obj), obj.pk))

    def record(self, obj, *, visitor_hash, address_hash, score):
        """Save this visitor's score for `obj` (replacing an earlier one) and return the new RatingSummary.

        Exact under concurrency and one vote per visitor, whoever votes at the same time: see the two paths.
        """
        content_type = ContentType.objects.get_for_model(obj)
        if connection.vendor == "postgresql":
            count, score_sum = _record_in_one_statement(content_type.pk, obj.pk, visitor_hash, address_hash, score)
        else:
            count, score_sum = self._record_in_a_transaction(content_type, obj.pk, visitor_hash, address_hash, score)
        summary = RatingSummary(count, score_sum, score)
        # Robust: once the vote is committed, nothing a listener does (e.g. a cache that is down) may turn it
        # into an error for the voter; a failing listener is logged instead.
        transaction.on_commit(
            lambda: rating_changed.send(sender=type(obj), instance=obj, count=summary.count, average=summary.average),
            robust=True,
        )
        return summary

    def _record_in_a_transaction(self, content_type, object_id, visitor_hash, address_hash, score):
        """The portable path (SQLite): the object's RatingTotal row is locked first, so votes on one object run one
        after another (SQLite's IMMEDIATE transactions take the write lock at once anyway)."""
        same_object = {"content_type": content_type, "object_id": object_id}
        totals = RatingTotal.objects.select_for_update()
        with transaction.atomic():
            total = totals.filter(**same_object).first()
            if total is None:
                RatingTotal.objects.bulk_create([RatingTotal(**same_object)], ignore_conflicts=True)
                total = totals.get(**same_object)
            previous = self.filter(**same_object, visitor_hash=visitor_hash).values_list("score", flat=True).first()
            if previous is None:
                self.create(**same_object, visitor_hash=visitor_hash, address_hash=address_hash, score=score)
                added, change = 1, score
            else:
                self.filter(**same_object, visitor_hash=visitor_hash).update(
                    score=score, address_hash=address_hash, updated_at=timezone.now()
                )
                added, change = 0, score - previous
            RatingTotal.objects.filter(pk=total.pk).update(count=F("count") + added, score_sum=F("score_sum") + change)
        return total.count + added, total.score_sum + change


# Each CTE sees the same snapshot; the row locks (FOR UPDATE, ON CONFLICT) make them see the latest committed rows.
_VOTE_SQL = """
WITH previous AS (
    SELECT score FROM ratings_vote
    WHERE content_type_id = %(content_type)s AND object_id = %(object_id)s AND visitor_hash = %(visitor)s
    FOR UPDATE
), inserted AS (
    INSERT INTO ratings_vote (content_type_id, object_id, visitor_hash, address_hash, score, created_at, updated_at)
    SELECT %(content_type)s, %(object_id)s, %(visitor)s, %(address)s, %(score)s, %(now)s, %(now)s
    WHERE NOT EXISTS (SELECT FROM previous)
    ON CONFLICT (content_type_id, object_id, visitor_hash) DO NOTHING
    RETURNING 1 AS added, score AS change
), updated AS (
    UPDATE ratings_vote SET score = %(score)s, address_hash = %(address)s, updated_at = %(now)s
    FROM previous
    WHERE content_type_id = %(content_type)s AND object_id = %(object_id)s AND visitor_hash = %(visitor)s
    RETURNING 0 AS added, %(score)s - previous.score AS change
), vote AS (
    SELECT * FROM inserted UNION ALL SELECT * FROM updated
)
INSERT INTO ratings_ratingtotal AS total (content_type_id, object_id, count, score_sum)
SELECT %(content_type)s, %(object_id)s, 1, %(score)s FROM vote
ON CONFLICT (content_type_id, object_id) DO UPDATE
SET count = total.count + (SELECT added FROM vote), score_sum = total.score_sum + (SELECT change FROM vote)
RETURNING count, score_sum
"""


def _record_in_one_statement(content_type_id, object_id, visitor_hash, address_hash, score):
    """PostgreSQL: the vote and the object's totals in one round trip, in autocommit (no BEGIN, no COMMIT).

    Raw SQL because the ORM cannot chain an upsert's result into another upsert. The visitor's earlier vote is
    read with FOR UPDATE, so the same visitor's votes run one after another and each sees the score it replaces;
    two first votes from one visitor at once: one inserts, the other finds the row taken, changes nothing and
    (rarely) runs again, now as an update. The totals upsert adds the vote's deltas to the latest committed row.
    Locks are always taken in the same order (the vote, then the totals), so votes cannot deadlock.
    """
    params = {
        "content_type": content_type_id,
        "object_id": object_id,
        "visitor": visitor_hash,
        "address": address_hash,
        "score": score,
        "now": timezone.now(),
    }
    with connection.cursor() as cursor:
        for _ in range(3):
            cursor.execute(_VOTE_SQL, params)
            if row := cursor.fetchone():
                return row
    raise RuntimeError("The vote was neither inserted nor updated three times in a row.")


class Vote(models.Model):
    """One visitor's score for one object. Nothing here identifies a person: both hashes are keyed (HMAC)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey()
    visitor_hash = models.CharField(
        max_length=64, help_text="A keyed hash of the random id in the voter's cookie; the same for all their votes."
    )
    address_hash = models.CharField(
        max_length=64,
        db_index=True,
        help_text="A keyed hash of the voter's network address that changes every day: "
        "the same value means the same address on the same day.",
    )
    score = models.PositiveSmallIntegerField(choices=Score)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = VoteQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = "vote"
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "visitor_hash"], name="ratings_one_vote_per_visitor"
            ),
            models.CheckConstraint(condition=Q(score__gte=1, score__lte=5), name="ratings_score_from_1_to_5"),
        ]

    def __str__(self):
        return f"{self.get_score_display()} for {self.content_type.model} {self.object_id}"


def forget_votes_for_deleted_page(sender, instance, **kwargs):
    """post_delete receiver for every rateable model: a deleted page takes its votes and figures with it."""
    content_type = ContentType.objects.get_for_model(sender)
    Vote.objects.filter(content_type=content_type, object_id=instance.pk).delete()
    RatingTotal.objects.filter(content_type=content_type, object_id=instance.pk).delete()
