"""The privacy corpora: the frozen ones stay as their second hands wrote them, every label can
be found in its text, and together they are as big as the anonymisation issue asks."""

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "evaluation" / "privacy"
# Written by second hands that never saw the scrubber; measured, never tuned on.
FROZEN_SHA256 = {
    "second_hand.jsonl": "8a74fb5b0414480d3adca892b238e60764653cf801794dd5879570b8373afc08",
    "second_hand_2.jsonl": "c9f0dabbbb54c8a62c2340c49756b3998416d331dba5444500116e8cbbef7cf9",
    "second_hand_3.jsonl": "23080e67e73fcdff66e6661e8c2a13fb36a59269ec97bde4d22a358a1ddcb9d5",
    "second_hand_4.jsonl": "3ce2833a328234ab209dce00db3adb23a74752fd4a3bd0c3da153fe66e531a66",
    "second_hand_5.jsonl": "1b42acaa6b532cb23c32872f2e6d0d90f00312a6877898eb3a542d1e54df8031",
    "second_hand_6.jsonl": "8bf666115b844ca978b1811988b05dbfa7da2caa89fb39bf905d5fc51a9f91d0",
    "second_hand_7.jsonl": "0411a7ec75a1850e83a0177b46d96fadceb145a71c5bfd823063f1632f52b4ba",
    "second_hand_8.jsonl": "65d8355c1e8b26149520e20d5203d64c186218df414985325e07a6d980271cbe",
    "second_hand_9.jsonl": "1d1ee85f5956a29103ac12b4626b3e8a4c1d22ec9b87b129eadf331413b3a871",
    "second_hand_10.jsonl": "6f9bc9d1df25a879eb928261e2803cb21639c910f021e8aa28397be6cd9d2ee1",
    "second_hand_11.jsonl": "acd6e62303b62109f91ae5e7134852f995b0623f5c12c3c28d3415615c588c74",
    "second_hand_12.jsonl": "19936ebf29f0c14b2e52083b08c4b75b509d239d416e82aee29d8567993f3bd5",
    "second_hand_13.jsonl": "e90e6dffd1ce85d79b13473588934090d0c5986ac5431bcdb0ef7f9b93e5b7e0",
    "second_hand_14.jsonl": "28a54ecf2ba09d02d06dccc1ab42dd5417331c4f28f1400f1f7494e9f16713f5",
    "second_hand_15.jsonl": "6c285fea46b8055228b3f43b1fbc6856baf87275e28cac33319e1b0bdd7f654f",
    "second_hand_16.jsonl": "d88827ba3226e29c0f8905852b36f3e5d491763ce98525164ce8a6c6fd6f934a",
    "second_hand_17.jsonl": "f319e138f84bf8962e9326b5e52f156e41f9ad5147119b20991e7f8887e365a5",
    "second_hand_18.jsonl": "c581f215a9868e8a426e7dce26315337e42c4e7cd0f531d0a7adebf34a3b169e",
    "second_hand_19.jsonl": "ca427bf8b4fc32b020b3669c1712afaa3a981aace0855ca5449dd6bdc7bb3583",
    "second_hand_20.jsonl": "64a53a84e900a0613bd196924320570a152ce4b0cdf2484f6e019f6d9c831a99",
    "second_hand_21.jsonl": "af0f54741b62ae780cf3d70b939e965e2516608df759f13e34d5b55fe2856f14",
    "second_hand_22.jsonl": "22d6f82bba03f215e63db07aaff4387290462c95caff43c0aae1a5792a12aab0",
    "second_hand_23.jsonl": "80dac69b1f0b87b284146f587977fb69d319004171729208da871a7802cb5cd0",
    "second_hand_24.jsonl": "9b3b3bed92592d59f4b1bb09fd7a669c425157a5a62db4261f37750767af8197",
    "second_hand_25.jsonl": "858242ec3847700f5e344a1e4eb2f8cb2089143f80dd9bd268b0a6e10200c3e9",
    "second_hand_26.jsonl": "c25e128f5b361ea05ecb03add4e8fcf82fc09497351b9ac4538b4d97b6dd742a",
    "second_hand_27.jsonl": "6fccb63302767c666d831514a8784f70204814b347efa4079f9c1da56287b3e8",
    "second_hand_28.jsonl": "81ed4ae6ac60378cdab6795ef9978aac36145c3a98eff32fb58713f023876e6c",
    "second_hand_29.jsonl": "5e251187842af6ac85ae854be6fe5aa0715342cce7564fdb69aa90cea5bd4c4c",
    "second_hand_30.jsonl": "37edc2e76bedb64a60d6b9f92b509b26b0e385411539f9c6847cc9de5a49c9ef",
    "second_hand_31.jsonl": "c62187ca15132851f1fe744e9e1b97354b7dd62698ccc70bf3c530d0d0a92c32",
    "second_hand_32.jsonl": "27c38d854822b53073ed18310cfad01fbe28559680781f1848ad26017341701b",
    "second_hand_33.jsonl": "c7f865c91e436643a7207de430c7a947a599950f044fc5d446ce1e59cdf0e6cf",
    "second_hand_34.jsonl": "07ffdd95af534041740cc368a4391f16ba127b08cc999bfe6835f558d14621b5",
    "second_hand_35.jsonl": "751c7e5e9be96c3660462a5faaf75427e4ddc3d460fffb4119e2d6f1c5b3b895",
    "second_hand_36.jsonl": "906f36194a287b63d990d8e6c36758be2082e9f4d38c8889215086b6897ac1c7",
    "second_hand_37.jsonl": "cdbf129f270ce8ffddc6ed3ce2cec93e02c6880ef21da3f173520d4f4fff784f",
    "second_hand_38.jsonl": "53bbb1108d31f981e5d67c5cfe0a9c2850a404e95267064f573b91cfbf597150",
    "second_hand_39.jsonl": "7aa33ea36885bd717624367306d82ef4aeca975b2d616f9464fb30198c9eccbf",
    "second_hand_40.jsonl": "bd81de96c36f581ab4033b8ef8d854afc742321a8b5316a81f85d2a771d58181",
    "second_hand_41.jsonl": "137bc5844690d142080bb7bae3f805242bc22c65ee36cee877d4a433fd0abd7f",
    "second_hand_42.jsonl": "fb88b453941901444c72bfc50759ca674668bd932f6dbf33fb2430dd90f92cb9",
    "second_hand_43.jsonl": "e8fe2a05024a21f083ce6265bea6170d77810ee6131a774652ce1097f988721c",
    "second_hand_44.jsonl": "e3e03b201c5b84b1a51d43af3b1ae55d600e5ddf92653533f2ae2f5ebed54695",
    "second_hand_45.jsonl": "684fdea65fd68f5dd21acb1f6ebd0575082c7a0e64cde579c73dd3b97ced71d4",
    "second_hand_46.jsonl": "56d04aa00103a2cece80c3bb9ce1d0585f772e686fa5fe858ad94fe43ca8812f",
    "second_hand_47.jsonl": "91b7ae1b5fb551543895698dd87da8df0f878e258dd77855166b04ed6f754422",
    "second_hand_48.jsonl": "9ee3479259b934ebb36a1895c3a5396a4afac593219491533db62e9aa93756ff",
    "second_hand_49.jsonl": "a6cd7ec06a076738a76aa8f902b400f0f02d7a2cb67b9f768f317e66d73a3ac1",
    "second_hand_50.jsonl": "bbefe9da2321445b48a8f4bc4202400f8fe07068e307dc548ec2db7c9a63b6bb",
    "second_hand_51.jsonl": "af23826e8027740faad2ee4823ab52ec4396b1cc5e78b9dd03838f23d4b9d7a9",
    "second_hand_52.jsonl": "5c0250013affd05271b2ea5e0cfafe4ee7c17e0dcb7417f124e5cd5cb52ffaeb",
    "second_hand_53.jsonl": "114e51688154d5a1bab35c6b589fbf9328ec1e2d199bf1e5dafa81c3013a9d4c",
    "second_hand_54.jsonl": "70c00afb72c316b8afc3f90113f5a5f41f35a2cdc7bf7232b26c33490abd1487",
    "second_hand_55.jsonl": "83f28760e2b761bb3a23cf69dfe21b07189da88c3c6807c4995a050be2b1e1ff",
    "second_hand_56.jsonl": "39e5298a3fc3726073a8aef9cd73a223b9df27de6f7ec7c31d05044eeffc9435",
    "second_hand_57.jsonl": "bdb284b3e0d78be57ba2d0a6d717162cb2ee0f332da21c36a213777b968907f2",
    "second_hand_58.jsonl": "5cf3beb27a5da43f570fe795c0c8907f998d3927485eff2fc15329433565240c",
    "second_hand_59.jsonl": "28b388323825b2e2f6b920bc126f6d1498aaf9a3408de74f2414da822a44ec75",
    "second_hand_60.jsonl": "decf4c5ca3e4cd0fa8be5998576218b6417b681f8f20d37f8a6af69cd0789839",
    "second_hand_61.jsonl": "f6caf417ac7e4de696fee83e56a09b7a42b1b630a8a69d592d9b3373c81656da",
    "second_hand_62.jsonl": "98d8be7ace6f651b6290244b55cd0037349e34378baf9b22f9c4c73b052857f7",
    "second_hand_63.jsonl": "2e51e3ae38b3092444f2d3792ec26b93e030d71e108df659a322c26c03a0edbd",
}
# Written by second hands too, and studied to improve the scrubber.
TUNING = (
    "tuning.jsonl",
    "tuning_2.jsonl",
    "tuning_3.jsonl",
    "tuning_4.jsonl",
    "tuning_5.jsonl",
    "tuning_6.jsonl",
    "tuning_7.jsonl",
    "tuning_8.jsonl",
    "tuning_9.jsonl",
    "tuning_10.jsonl",
    "tuning_11.jsonl",
    "tuning_12.jsonl",
    "tuning_13.jsonl",
    "tuning_14.jsonl",
    "tuning_15.jsonl",
    "tuning_16.jsonl",
    "tuning_17.jsonl",
    "tuning_18.jsonl",
    "tuning_19.jsonl",
    "tuning_20.jsonl",
    "tuning_21.jsonl",
    "tuning_22.jsonl",
    "tuning_23.jsonl",
    "tuning_24.jsonl",
    "tuning_25.jsonl",
    "tuning_26.jsonl",
    "tuning_27.jsonl",
    "tuning_28.jsonl",
    "tuning_29.jsonl",
    "tuning_30.jsonl",
    "tuning_31.jsonl",
    "tuning_32.jsonl",
    "tuning_33.jsonl",
    "tuning_34.jsonl",
    "tuning_35.jsonl",
    "tuning_36.jsonl",
    "tuning_37.jsonl",
    "tuning_38.jsonl",
    "tuning_39.jsonl",
    "tuning_40.jsonl",
    "tuning_41.jsonl",
    "tuning_42.jsonl",
    "tuning_43.jsonl",
    "tuning_44.jsonl",
    "tuning_45.jsonl",
    "tuning_46.jsonl",
    "tuning_47.jsonl",
    "tuning_48.jsonl",
    "tuning_49.jsonl",
    "tuning_50.jsonl",
    "tuning_51.jsonl",
    "tuning_52.jsonl",
    "tuning_53.jsonl",
    "tuning_54.jsonl",
    "tuning_55.jsonl",
    "tuning_56.jsonl",
    "tuning_57.jsonl",
    "tuning_58.jsonl",
    "tuning_59.jsonl",
    "tuning_60.jsonl",
    "tuning_61.jsonl",
    "tuning_62.jsonl",
)
CATEGORIES = {
    "own_name",
    "family_name",
    "third_party_name",
    "phone",
    "nik",
    "email",
    "passport",
    "bank_account",
    "address",
    "birth_date",
    "social",
    "telegram_id",
}


def messages_of(name: str) -> list[dict]:
    lines = (CORPORA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.mark.parametrize(("name", "sha256"), FROZEN_SHA256.items())
def test_a_frozen_corpus_is_unchanged(name, sha256):
    assert hashlib.sha256((CORPORA / name).read_bytes()).hexdigest() == sha256


@pytest.mark.parametrize("name", [*FROZEN_SHA256, *TUNING])
def test_every_label_is_in_its_text(name):
    for message in messages_of(name):
        for item in message["pii"]:
            assert item["category"] in CATEGORIES, message["id"]
            assert item["value"] in message["text"], message["id"]
        for kept in message["keep"]:
            assert kept in message["text"], message["id"]


def test_the_corpus_is_as_big_as_asked_and_at_least_half_of_it_frozen():
    frozen = [m for name in FROZEN_SHA256 for m in messages_of(name)]
    everything = frozen + [m for name in TUNING for m in messages_of(name)]
    assert len(everything) >= 400
    assert sum(bool(m["pii"]) for m in everything) >= 250
    assert sum(not m["pii"] for m in everything) >= 150
    assert len(frozen) * 2 >= len(everything)
    assert {item["category"] for m in frozen for item in m["pii"]} == CATEGORIES
