from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.driver_data import DriverData
    from ..models.identity import Identity
    from ..models.image_config import ImageConfig
    from ..models.image_inspect_metadata import ImageInspectMetadata
    from ..models.image_inspect_root_fs import ImageInspectRootFS
    from ..models.image_manifest_summary import ImageManifestSummary
    from ..models.oci_descriptor import OCIDescriptor


T = TypeVar("T", bound="ImageInspect")


@_attrs_define
class ImageInspect:
    """
    Attributes:
        id (str | Unset):
        descriptor (OCIDescriptor | Unset):
        manifests (list[ImageManifestSummary] | None | Unset):
        identity (Identity | Unset):
        repo_tags (list[str] | None | Unset):
        repo_digests (list[str] | None | Unset):
        comment (None | str | Unset):
        created (None | str | Unset):
        author (None | str | Unset):
        config (ImageConfig | Unset):
        architecture (str | Unset):
        variant (None | str | Unset):
        os (str | Unset):
        os_version (None | str | Unset):
        size (int | Unset):
        graph_driver (DriverData | Unset):
        root_fs (ImageInspectRootFS | Unset):
        metadata (ImageInspectMetadata | Unset):
    """

    id: str | Unset = UNSET
    descriptor: OCIDescriptor | Unset = UNSET
    manifests: list[ImageManifestSummary] | None | Unset = UNSET
    identity: Identity | Unset = UNSET
    repo_tags: list[str] | None | Unset = UNSET
    repo_digests: list[str] | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    config: ImageConfig | Unset = UNSET
    architecture: str | Unset = UNSET
    variant: None | str | Unset = UNSET
    os: str | Unset = UNSET
    os_version: None | str | Unset = UNSET
    size: int | Unset = UNSET
    graph_driver: DriverData | Unset = UNSET
    root_fs: ImageInspectRootFS | Unset = UNSET
    metadata: ImageInspectMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        descriptor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.descriptor, Unset):
            descriptor = self.descriptor.to_dict()

        manifests: list[dict[str, Any]] | None | Unset
        if isinstance(self.manifests, Unset):
            manifests = UNSET
        elif isinstance(self.manifests, list):
            manifests = []
            for manifests_type_0_item_data in self.manifests:
                manifests_type_0_item = manifests_type_0_item_data.to_dict()
                manifests.append(manifests_type_0_item)

        else:
            manifests = self.manifests

        identity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.identity, Unset):
            identity = self.identity.to_dict()

        repo_tags: list[str] | None | Unset
        if isinstance(self.repo_tags, Unset):
            repo_tags = UNSET
        elif isinstance(self.repo_tags, list):
            repo_tags = self.repo_tags

        else:
            repo_tags = self.repo_tags

        repo_digests: list[str] | None | Unset
        if isinstance(self.repo_digests, Unset):
            repo_digests = UNSET
        elif isinstance(self.repo_digests, list):
            repo_digests = self.repo_digests

        else:
            repo_digests = self.repo_digests

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        architecture = self.architecture

        variant: None | str | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        else:
            variant = self.variant

        os = self.os

        os_version: None | str | Unset
        if isinstance(self.os_version, Unset):
            os_version = UNSET
        else:
            os_version = self.os_version

        size = self.size

        graph_driver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.graph_driver, Unset):
            graph_driver = self.graph_driver.to_dict()

        root_fs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.root_fs, Unset):
            root_fs = self.root_fs.to_dict()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if descriptor is not UNSET:
            field_dict["Descriptor"] = descriptor
        if manifests is not UNSET:
            field_dict["Manifests"] = manifests
        if identity is not UNSET:
            field_dict["Identity"] = identity
        if repo_tags is not UNSET:
            field_dict["RepoTags"] = repo_tags
        if repo_digests is not UNSET:
            field_dict["RepoDigests"] = repo_digests
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if created is not UNSET:
            field_dict["Created"] = created
        if author is not UNSET:
            field_dict["Author"] = author
        if config is not UNSET:
            field_dict["Config"] = config
        if architecture is not UNSET:
            field_dict["Architecture"] = architecture
        if variant is not UNSET:
            field_dict["Variant"] = variant
        if os is not UNSET:
            field_dict["Os"] = os
        if os_version is not UNSET:
            field_dict["OsVersion"] = os_version
        if size is not UNSET:
            field_dict["Size"] = size
        if graph_driver is not UNSET:
            field_dict["GraphDriver"] = graph_driver
        if root_fs is not UNSET:
            field_dict["RootFS"] = root_fs
        if metadata is not UNSET:
            field_dict["Metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.driver_data import DriverData
        from ..models.identity import Identity
        from ..models.image_config import ImageConfig
        from ..models.image_inspect_metadata import ImageInspectMetadata
        from ..models.image_inspect_root_fs import ImageInspectRootFS
        from ..models.image_manifest_summary import ImageManifestSummary
        from ..models.oci_descriptor import OCIDescriptor

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        _descriptor = d.pop("Descriptor", UNSET)
        descriptor: OCIDescriptor | Unset
        if isinstance(_descriptor, Unset):
            descriptor = UNSET
        else:
            descriptor = OCIDescriptor.from_dict(_descriptor)

        def _parse_manifests(data: object) -> list[ImageManifestSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                manifests_type_0 = []
                _manifests_type_0 = data
                for manifests_type_0_item_data in _manifests_type_0:
                    manifests_type_0_item = ImageManifestSummary.from_dict(
                        manifests_type_0_item_data
                    )

                    manifests_type_0.append(manifests_type_0_item)

                return manifests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImageManifestSummary] | None | Unset, data)

        manifests = _parse_manifests(d.pop("Manifests", UNSET))

        _identity = d.pop("Identity", UNSET)
        identity: Identity | Unset
        if isinstance(_identity, Unset):
            identity = UNSET
        else:
            identity = Identity.from_dict(_identity)

        def _parse_repo_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                repo_tags_type_0 = cast(list[str], data)

                return repo_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        repo_tags = _parse_repo_tags(d.pop("RepoTags", UNSET))

        def _parse_repo_digests(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                repo_digests_type_0 = cast(list[str], data)

                return repo_digests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        repo_digests = _parse_repo_digests(d.pop("RepoDigests", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("Comment", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("Created", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("Author", UNSET))

        _config = d.pop("Config", UNSET)
        config: ImageConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ImageConfig.from_dict(_config)

        architecture = d.pop("Architecture", UNSET)

        def _parse_variant(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        variant = _parse_variant(d.pop("Variant", UNSET))

        os = d.pop("Os", UNSET)

        def _parse_os_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        os_version = _parse_os_version(d.pop("OsVersion", UNSET))

        size = d.pop("Size", UNSET)

        _graph_driver = d.pop("GraphDriver", UNSET)
        graph_driver: DriverData | Unset
        if isinstance(_graph_driver, Unset):
            graph_driver = UNSET
        else:
            graph_driver = DriverData.from_dict(_graph_driver)

        _root_fs = d.pop("RootFS", UNSET)
        root_fs: ImageInspectRootFS | Unset
        if isinstance(_root_fs, Unset):
            root_fs = UNSET
        else:
            root_fs = ImageInspectRootFS.from_dict(_root_fs)

        _metadata = d.pop("Metadata", UNSET)
        metadata: ImageInspectMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ImageInspectMetadata.from_dict(_metadata)

        image_inspect = cls(
            id=id,
            descriptor=descriptor,
            manifests=manifests,
            identity=identity,
            repo_tags=repo_tags,
            repo_digests=repo_digests,
            comment=comment,
            created=created,
            author=author,
            config=config,
            architecture=architecture,
            variant=variant,
            os=os,
            os_version=os_version,
            size=size,
            graph_driver=graph_driver,
            root_fs=root_fs,
            metadata=metadata,
        )

        image_inspect.additional_properties = d
        return image_inspect

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
