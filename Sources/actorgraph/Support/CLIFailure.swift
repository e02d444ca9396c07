import ActorGraph
import ActorGraphFormats
import ActorGraphStore

/// An error the command line reports as one line, `error: …`, with its exit code.
struct CLIFailure: Error {
    /// The text after `error: `.
    var message: String
    /// The process exit code (documented in `actorgraph --help`).
    var exitCode: Int32

    static func input(_ error: InputError) -> CLIFailure { CLIFailure(message: error.description, exitCode: 1) }
    static func output(_ error: OutputError) -> CLIFailure { CLIFailure(message: error.description, exitCode: 2) }
    static func export(_ error: ExportError) -> CLIFailure { CLIFailure(message: error.description, exitCode: 2) }
    static func store(_ error: StoreError) -> CLIFailure { CLIFailure(message: error.description, exitCode: 3) }
    static func analysis(_ error: AnalysisError) -> CLIFailure {
        if case .noConvergence = error { return CLIFailure(message: error.description, exitCode: 4) }
        return CLIFailure(message: error.description, exitCode: 1)
    }

    /// Runs `body`, turning the library's errors into CLI failures.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as InputError {
            throw input(error)
        } catch let error as OutputError {
            throw output(error)
        } catch let error as ExportError {
            throw export(error)
        } catch let error as StoreError {
            throw store(error)
        } catch let error as AnalysisError {
            throw analysis(error)
        }
    }
}
