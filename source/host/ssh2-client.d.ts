// Types of the two ssh2 modules ssh-transport.ts loads by their paths (ssh2's own types describe
// only its index; both are CommonJS, so an import gives their module.exports as `default`).
declare module 'ssh2/lib/client.js' {
	const Client: typeof import('ssh2').Client;
	export default Client;
}
declare module 'ssh2/lib/protocol/keyParser.js' {
	const keyParser: {parseKey: typeof import('ssh2').utils.parseKey};
	export default keyParser;
}
