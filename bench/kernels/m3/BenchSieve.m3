(* Sieve of Eratosthenes: counts the primes up to n. *)
MODULE BenchSieve;

PROCEDURE Run (n: INTEGER): INTEGER =
  VAR
    composite := NEW(REF ARRAY OF BOOLEAN, n + 1);
    count := 0;
    j: INTEGER;
  BEGIN
    FOR i := 2 TO n DO
      IF NOT composite[i] THEN
        INC(count);
        j := i * i;
        WHILE j <= n DO
          composite[j] := TRUE;
          INC(j, i)
        END
      END
    END;
    RETURN count
  END Run;

BEGIN
END BenchSieve.
