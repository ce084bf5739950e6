(* The sieve of Eratosthenes: counts and prints the primes below a bound. *)
MODULE Sieve EXPORTS Main;

IMPORT IO, Fmt;

CONST Limit = 100;

TYPE Candidates = ARRAY [2 .. Limit] OF BOOLEAN;

VAR
  isPrime := Candidates{TRUE, ..};
  count := 0;

BEGIN
  FOR i := FIRST(isPrime) TO LAST(isPrime) DO
    IF isPrime[i] THEN
      INC(count);
      IO.Put(Fmt.Int(i) & " ");
      FOR j := i * i TO LAST(isPrime) BY i DO isPrime[j] := FALSE END
    END
  END;
  IO.Put("\n" & Fmt.Int(count) & " primes below " & Fmt.Int(Limit + 1) & "\n")
END Sieve.
