from amili import AmiliClient


async def main(amili: AmiliClient) -> None:
    await amili.arm.customers.get_customer(clientno=2218, customer_no="1")  # expect-error
    await amili.arm.customers.list_customers(clientno=2218, page_size=10)  # expect-error
    await amili.arm.customers.get_customer(2218, "1", extra_body={"x": 1})  # expect-error
