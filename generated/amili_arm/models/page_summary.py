from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="PageSummary")


@_attrs_define(repr=False)
class PageSummary(_AmiliModel):
    """Paging state of a stored query; fetch the next page with `query=queryId&pageno=pageNo+1` or `nextPage`.

    Attributes:
        page_no (int | Unset):
        current_page_size (int | Unset):
        page_size_limit (int | Unset):
        total_pages (int | Unset):
        total_count (int | Unset):
        maximum_count (int | Unset):
        next_page (None | str | Unset): Absolute URL of the next page; absent/null on the last page (inferred).
        last_page (None | str | Unset):
        query_id (str | Unset):
    """

    page_no: int | Unset = UNSET
    current_page_size: int | Unset = UNSET
    page_size_limit: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    total_count: int | Unset = UNSET
    maximum_count: int | Unset = UNSET
    next_page: None | str | Unset = UNSET
    last_page: None | str | Unset = UNSET
    query_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page_no = self.page_no

        current_page_size = self.current_page_size

        page_size_limit = self.page_size_limit

        total_pages = self.total_pages

        total_count = self.total_count

        maximum_count = self.maximum_count

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        last_page: None | str | Unset
        if isinstance(self.last_page, Unset):
            last_page = UNSET
        else:
            last_page = self.last_page

        query_id = self.query_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if page_no is not UNSET:
            field_dict["pageNo"] = page_no
        if current_page_size is not UNSET:
            field_dict["currentPageSize"] = current_page_size
        if page_size_limit is not UNSET:
            field_dict["pageSizeLimit"] = page_size_limit
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if total_count is not UNSET:
            field_dict["totalCount"] = total_count
        if maximum_count is not UNSET:
            field_dict["maximumCount"] = maximum_count
        if next_page is not UNSET:
            field_dict["nextPage"] = next_page
        if last_page is not UNSET:
            field_dict["lastPage"] = last_page
        if query_id is not UNSET:
            field_dict["queryId"] = query_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        page_no = d.pop("pageNo", UNSET)
        if not isinstance(page_no, Unset) and not (isinstance(page_no, int) and not isinstance(page_no, bool)):
            raise TypeError("pageNo: expected an integer, got " + type(page_no).__name__)

        current_page_size = d.pop("currentPageSize", UNSET)
        if not isinstance(current_page_size, Unset) and not (
            isinstance(current_page_size, int) and not isinstance(current_page_size, bool)
        ):
            raise TypeError("currentPageSize: expected an integer, got " + type(current_page_size).__name__)

        page_size_limit = d.pop("pageSizeLimit", UNSET)
        if not isinstance(page_size_limit, Unset) and not (
            isinstance(page_size_limit, int) and not isinstance(page_size_limit, bool)
        ):
            raise TypeError("pageSizeLimit: expected an integer, got " + type(page_size_limit).__name__)

        total_pages = d.pop("totalPages", UNSET)
        if not isinstance(total_pages, Unset) and not (
            isinstance(total_pages, int) and not isinstance(total_pages, bool)
        ):
            raise TypeError("totalPages: expected an integer, got " + type(total_pages).__name__)

        total_count = d.pop("totalCount", UNSET)
        if not isinstance(total_count, Unset) and not (
            isinstance(total_count, int) and not isinstance(total_count, bool)
        ):
            raise TypeError("totalCount: expected an integer, got " + type(total_count).__name__)

        maximum_count = d.pop("maximumCount", UNSET)
        if not isinstance(maximum_count, Unset) and not (
            isinstance(maximum_count, int) and not isinstance(maximum_count, bool)
        ):
            raise TypeError("maximumCount: expected an integer, got " + type(maximum_count).__name__)

        next_page = d.pop("nextPage", UNSET)
        if not (next_page is None or isinstance(next_page, Unset)):

            def _parse_next_page(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    next_page_type_0 = data
                    if not isinstance(next_page_type_0, str):
                        raise TypeError("nextPage_type_0: expected a string, got " + type(next_page_type_0).__name__)

                    if not getattr(next_page_type_0, "absent_fields", ()):
                        return next_page_type_0
                    if _fallback is None:
                        _fallback = next_page_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("nextPage: unexpected type " + type(data).__name__)
                    next_page_type_1 = data

                    if _fallback is None or not getattr(next_page_type_1, "absent_fields", ()):
                        return next_page_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            next_page = _parse_next_page(next_page)

        last_page = d.pop("lastPage", UNSET)
        if not (last_page is None or isinstance(last_page, Unset)):

            def _parse_last_page(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_page_type_0 = data
                    if not isinstance(last_page_type_0, str):
                        raise TypeError("lastPage_type_0: expected a string, got " + type(last_page_type_0).__name__)

                    if not getattr(last_page_type_0, "absent_fields", ()):
                        return last_page_type_0
                    if _fallback is None:
                        _fallback = last_page_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("lastPage: unexpected type " + type(data).__name__)
                    last_page_type_1 = data

                    if _fallback is None or not getattr(last_page_type_1, "absent_fields", ()):
                        return last_page_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            last_page = _parse_last_page(last_page)

        query_id = d.pop("queryId", UNSET)
        if not isinstance(query_id, (str, Unset)):
            raise TypeError("queryId: expected a string, got " + type(query_id).__name__)

        page_summary = cls(
            page_no=page_no,
            current_page_size=current_page_size,
            page_size_limit=page_size_limit,
            total_pages=total_pages,
            total_count=total_count,
            maximum_count=maximum_count,
            next_page=next_page,
            last_page=last_page,
            query_id=query_id,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        page_summary.additional_properties = additional_properties
        return page_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
