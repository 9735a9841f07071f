from amili import AmiliClient


async def main(amili: AmiliClient) -> None:
    await amili.arm.customers.create_customer(
        clientno=2218,
        body={"metadata": {"userId": "ops"}, "customer": {"name": "no customerNo"}},  # expect-error
    )
