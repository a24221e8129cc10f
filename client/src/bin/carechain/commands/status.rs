//! `carechain status`: the node's chain (genesis, runtime version, the finalized block).

use serde_json::json;

use crate::{output::Failure, session::Session};

pub async fn run(session: &Session<'_>) -> Result<(), Failure> {
	let api = session.client().await?;
	let genesis = api.genesis_hash();
	let finalized = api.at_finalized().await?;
	session.output.show(
		&json!({
			"url": session.url(),
			"genesis": format!("{genesis:?}"),
			"specVersion": finalized.spec_version(),
			"transactionVersion": finalized.transaction_version(),
			"finalized": finalized.block_number(),
			"finalizedHash": format!("{:?}", finalized.block_hash()),
		}),
		[
			format!("node       {}", session.url()),
			format!("genesis    {genesis:?}"),
			format!(
				"runtime    spec {} / transactions {}",
				finalized.spec_version(),
				finalized.transaction_version()
			),
			format!("finalized  #{} {:?}", finalized.block_number(), finalized.block_hash()),
		],
	)
}
