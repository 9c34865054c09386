-- The account's latest abandoned plan change and why (a declined card, a refused activation), so that the tenant
-- sees the reason, not only that the change is gone. Kept until the next cancellation replaces it.
ALTER TABLE billing_account_view
    ADD COLUMN cancelled_change_id UUID,
    ADD COLUMN cancelled_plan      TEXT,
    ADD COLUMN cancelled_reason    TEXT,
    ADD COLUMN cancelled_at        TIMESTAMPTZ;
