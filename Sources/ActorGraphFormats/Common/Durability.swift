/// How far a finished output is pushed before it is renamed into place.
///
/// Every output is atomic either way: it is written to a temporary file
/// beside the target and renamed over it only when complete, so a reader, a
/// crash of ours or a full disk never leaves a half-written file, and a
/// failure leaves the old file as it was. What this chooses is whether the
/// write also waits for the disk:
///
/// - ``atomic`` (the default, as NetworkX, pandas, Gephi and Foundation's
///   `.atomic` writes behave): the rename happens once the bytes are in the
///   operating system's cache, which writes them out moments later. An
///   export is a file derived from the store or from articles, and can be
///   written again; the store itself (SQLite) is always durable.
/// - ``synced`` (`actorgraph export --sync`): each file is `fsync`'d before
///   the rename and the folder after it, so the output also survives a power
///   cut at any moment. On this project's benchmark machine that costs
///   0.2–0.3 s per 180 MB (the disk's own speed).
///
/// Writers read the choice from ``current``, bound for one call by
/// `GraphExportFormat.write(_:to:durability:)`, so the fifteen writers need no
/// extra parameter.
public enum Durability: Sendable, Equatable {
    /// Atomic replacement; the operating system writes the bytes out later.
    case atomic
    /// Atomic replacement after the bytes and the folder entry are on disk.
    case synced

    /// The durability of the writes made inside the current call (task-local; `.atomic` unless bound).
    @TaskLocal public static var current: Durability = .atomic

    /// Whether writes made now wait for the disk.
    static var waitsForDisk: Bool { current == .synced }
}
