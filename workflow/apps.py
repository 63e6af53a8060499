from django.apps import AppConfig
from django.db.models.signals import post_migrate


class WorkflowConfig(AppConfig):
    name = "workflow"
    verbose_name = "Editorial workflow"

    def ready(self):
        import reversion

        from workflow import account_admin
        from workflow.models import reviewable_models
        from workflow.roles import sync_roles

        account_admin.register()  # site administrators may not make anyone a superuser

        # django-reversion keeps every content model's history in one shared table, so a new
        # ContentPage subclass gets history from here with no migration or registration of its own.
        for model in reviewable_models():
            if not reversion.is_registered(model):
                reversion.register(
                    model, exclude=["pending", "pending_status", "authors", "updated_at", "search_document"]
                )
        # After every migrate (and test-database flush): grant each role its permissions on every
        # content model, including models from apps added after the groups were first created.
        post_migrate.connect(sync_roles, dispatch_uid="workflow.sync_roles")
