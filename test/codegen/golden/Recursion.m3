(* Recursive procedures: factorial and Fibonacci. *)
MODULE Recursion EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE Fact (n: INTEGER): INTEGER =
  BEGIN
    IF n <= 1 THEN RETURN 1 ELSE RETURN n * Fact(n - 1) END
  END Fact;
PROCEDURE Fib (n: INTEGER): INTEGER =
  BEGIN
    IF n < 2 THEN RETURN n END;
    RETURN Fib(n - 1) + Fib(n - 2)
  END Fib;
BEGIN
  IO.Put(Fmt.Int(Fact(20)) & " " & Fmt.Int(Fib(25)) & "\n")
END Recursion.
