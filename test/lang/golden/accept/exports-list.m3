MODULE Impl EXPORTS Counter, CounterPrivate;

VAR count := 0;

PROCEDURE Next(): INTEGER =
  BEGIN
    INC(count);
    RETURN count
  END Next;

PROCEDURE Reset() =
  BEGIN
    count := 0
  END Reset;

BEGIN
END Impl.
