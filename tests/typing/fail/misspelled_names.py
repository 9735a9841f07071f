from amili_autocollect.models import CaseEvent

from amili import AmiliClient
from amili.webhooks import IncomingWebhook, WebhookHandlers

hooks = WebhookHandlers()


@hooks.on("CASE_CREATED")  # expect-error
async def created(webhook: IncomingWebhook[CaseEvent]) -> None:
    print(webhook.event.data)


@hooks.on("CASE")
async def case(webhook: IncomingWebhook[CaseEvent]) -> None:
    print(webhook.event.data)


def make() -> AmiliClient:
    return AmiliClient("id", "secret", environment="prodution")  # expect-error
