from amili import AmiliClient


async def main(amili: AmiliClient) -> None:
    await amili.arm.customers.create_customer(
        clientno=2218,
        body={"metadata": {"userId": "ops"}, "customer": {"customerNo": 1}},  # expect-error
    )
    await amili.arm.customers.get_customer(clientno="2218", customerno="1")  # expect-error
    await amili.arm.customers.get_customer(2218, "1", timeout="5s")  # expect-error
