MODULE Main;

IMPORT Counter, IO, Fmt;

<*FATAL Counter.Overflow*>

BEGIN
  Counter.Increment();
  Counter.Increment(by := 10);
  IO.Put(Fmt.Int(Counter.current) & Fmt.Int(Counter.Remaining()) & "\n");
END Main.
