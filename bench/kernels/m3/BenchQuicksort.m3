(* Quicksort of n integers from a Park-Miller generator; returns an order-sensitive digest. *)
MODULE BenchQuicksort;

TYPE Numbers = REF ARRAY OF INTEGER;

PROCEDURE Sort (a: Numbers; lo, hi: INTEGER) =
  VAR i, j, pivot, t: INTEGER;
  BEGIN
    WHILE lo < hi DO
      i := lo;
      j := hi;
      pivot := a[lo + (hi - lo) DIV 2];
      WHILE i <= j DO
        WHILE a[i] < pivot DO INC(i) END;
        WHILE a[j] > pivot DO DEC(j) END;
        IF i <= j THEN
          t := a[i];
          a[i] := a[j];
          a[j] := t;
          INC(i);
          DEC(j)
        END
      END;
      (* recurse into the smaller half, loop on the larger *)
      IF j - lo < hi - i THEN
        Sort(a, lo, j);
        lo := i
      ELSE
        Sort(a, i, hi);
        hi := j
      END
    END
  END Sort;

PROCEDURE Run (n: INTEGER): INTEGER =
  VAR
    a := NEW(Numbers, n);
    seed := 42;
    digest := 0;
  BEGIN
    FOR i := 0 TO n - 1 DO
      seed := seed * 48271 MOD 2147483647;
      a[i] := seed
    END;
    Sort(a, 0, n - 1);
    FOR i := 0 TO n - 1 DO
      digest := (digest * 31 + a[i]) MOD 1000000007
    END;
    RETURN digest
  END Run;

BEGIN
END BenchQuicksort.
