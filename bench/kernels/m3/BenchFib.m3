(* Doubly recursive Fibonacci: call overhead. *)
MODULE BenchFib;

PROCEDURE Fib (n: INTEGER): INTEGER =
  BEGIN
    IF n < 2 THEN RETURN n END;
    RETURN Fib(n - 1) + Fib(n - 2)
  END Fib;

PROCEDURE Run (n: INTEGER): INTEGER =
  BEGIN
    RETURN Fib(n)
  END Run;

BEGIN
END BenchFib.
